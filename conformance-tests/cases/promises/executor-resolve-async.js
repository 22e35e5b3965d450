// A promise resolved from a timer: then callbacks wait for the timer.
var p = new Promise(resolve => {
  setTimeout(() => {
    console.log('timer fires, resolving');
    resolve('done');
    console.log('after resolve call in timer');
  }, 10);
});
p.then(v => console.log('then got', v));
Promise.resolve().then(() => console.log('unrelated microtask'));
console.log('sync end');
