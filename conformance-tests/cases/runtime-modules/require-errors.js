try {
  require();
} catch (e) {
  console.log(e.name, e.code);
}
try {
  require('');
} catch (e) {
  console.log(e.name, e.code);
}
