// A thenable that calls its reject callback throws into the awaiting frame after 2 ticks.
const bad = {
  then(resolve, reject) {
    console.log('then called');
    reject('thenable said no');
  }
};
async function f() {
  try {
    await bad;
  } catch (e) {
    console.log('caught', e);
  }
}
f();
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
