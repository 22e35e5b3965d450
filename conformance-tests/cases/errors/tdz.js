// let/const cannot be read before their declaration runs (temporal dead zone).
try {
  console.log(early);
  console.log('not reached');
} catch (e) {
  console.log('caught reading let before declaration');
}
let early = 'now defined';
console.log(early);
function useLater() {
  return later;
}
try {
  useLater();
} catch (e) {
  console.log('caught calling too early');
}
const later = 'later value';
console.log(useLater());
