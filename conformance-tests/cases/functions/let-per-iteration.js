// for(let ...) creates a fresh binding per iteration; for(var ...) shares one.
var withLet = [];
for (let i = 0; i < 3; i = i + 1) {
  withLet.push(function () { return i; });
}
console.log(withLet[0](), withLet[1](), withLet[2]());
var withVar = [];
for (var j = 0; j < 3; j = j + 1) {
  withVar.push(function () { return j; });
}
console.log(withVar[0](), withVar[1](), withVar[2]());
var viaFactory = [];
function capture(v) {
  return () => v;
}
for (var k = 0; k < 3; k = k + 1) {
  viaFactory.push(capture(k));
}
console.log(viaFactory[0](), viaFactory[1](), viaFactory[2]());
var blocks = [];
var n = 0;
while (n < 3) {
  let copy = n;
  blocks.push(() => copy * 10);
  n = n + 1;
}
console.log(blocks[0](), blocks[1](), blocks[2]());
