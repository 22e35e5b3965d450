// await binds like a unary operator: tighter than + and ** operands need parentheses.
async function two() { return 2; }
async function main() {
  console.log(await two() + 3);
  console.log(-await 4);
  console.log(typeof await 'str');
  console.log(!await false);
  console.log((await two()) ** 3);
  console.log(await (two()).then(v => v * 10));
}
main();
