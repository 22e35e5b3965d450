// A rejection handled a few microtasks later, in the same drain, is not unhandled: exit 0.
const p = Promise.reject(new Error('late but fine'));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => {
    console.log('attaching handler in tick 3');
    p.catch(e => console.log('caught', e.message));
  });
setTimeout(() => console.log('timer runs'), 0);
