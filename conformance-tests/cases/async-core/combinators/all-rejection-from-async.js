// Promise.all over async functions: the first rejecting function decides, the others still run.
async function ok(name, steps) {
  for (let i = 0; i < steps; i++) await null;
  console.log(name, 'finished');
  return name;
}
async function bad(steps) {
  for (let i = 0; i < steps; i++) await null;
  console.log('bad throws');
  throw new Error('bad failed');
}
Promise.all([ok('slow', 3), bad(1), ok('quick', 0)])
  .then(v => console.log('not', v), e => console.log('all rejected', e.message));
