// Puzzle variant: async2 returns a promise, which delays async1 end by 2 more ticks.
async function async1() {
  console.log('async1 start');
  await async2();
  console.log('async1 end');
}
async function async2() {
  console.log('async2');
  return Promise.resolve();
}
async1();
Promise.resolve()
  .then(() => console.log('p1'))
  .then(() => console.log('p2'))
  .then(() => console.log('p3'))
  .then(() => console.log('p4'));
console.log('script end');
