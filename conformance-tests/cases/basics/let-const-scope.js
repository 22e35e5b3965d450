// Block scoping for let/const versus function scoping for var.
var x = 'outer var';
let y = 'outer let';
const z = 'outer const';
if (true) {
  var x = 'inner var';
  let y = 'inner let';
  const z = 'inner const';
  console.log(x, y, z);
}
console.log(x, y, z);
{
  let y = 'block';
  {
    let y = 'deeper';
    console.log(y);
  }
  console.log(y);
}
console.log(y);
let counter = 0;
for (let i = 0; i < 3; i = i + 1) {
  let counter = i * 10;
  console.log('loop', i, counter);
}
console.log('counter', counter);
const obj = { n: 1 };
obj.n = 2;
console.log(obj.n);
