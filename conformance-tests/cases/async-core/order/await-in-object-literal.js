// Properties before an await in an object literal are evaluated before the suspension.
let x = 'before';
async function f() {
  const obj = { a: x, b: await 'awaited', c: x };
  console.log('a', obj.a, 'b', obj.b, 'c', obj.c);
}
f();
x = 'after';
