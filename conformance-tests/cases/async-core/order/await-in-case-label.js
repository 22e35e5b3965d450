// await in case expressions: they are evaluated in order only until one matches.
async function label(name, v) {
  console.log('evaluating case', name);
  return v;
}
async function f(x) {
  switch (x) {
    case await label('A', 1): console.log('matched A'); break;
    case await label('B', 2): console.log('matched B'); break;
    case await label('C', 3): console.log('matched C'); break;
  }
}
f(2);
console.log('sync end');
