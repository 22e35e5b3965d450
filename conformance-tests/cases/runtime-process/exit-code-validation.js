try {
  process.exitCode = 'abc';
} catch (e) {
  console.log(e.name);
}
process.exitCode = '3';
console.log(process.exitCode);
process.exitCode = undefined;
console.log(process.exitCode);
