// let/const are block scoped and shadow outer bindings.
let v = 'outer';
{
  let v = 'block';
  console.log(v);
  {
    const v = 'inner';
    console.log(v);
  }
}
console.log(v);
if (true) { let onlyHere = 1; }
console.log(typeof onlyHere);
for (let i = 0; i < 1; i++) { let i = 'body'; console.log(i); }
switch (1) { case 1: let s = 'case'; console.log(s); }
function f() { let v = 'fn'; return v; }
console.log(f(), v);
