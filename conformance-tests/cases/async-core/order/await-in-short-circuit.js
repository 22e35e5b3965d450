// A short-circuited right operand containing await does not suspend at all.
async function side(name, v) {
  console.log('evaluated', name);
  return v;
}
async function f() {
  const a = false && await side('and-right', 1);
  const b = true || await side('or-right', 2);
  const c = null ?? await side('nullish-right', 3);
  const d = (await side('and-left', true)) && await side('and-right-2', 'D');
  console.log('results', a, b, c, d);
}
f();
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
