// finally waits for a promise returned by its callback before passing the value on.
function delay(ms) {
  return new Promise(r => setTimeout(() => { console.log('delay', ms, 'done'); r('delay result'); }, ms));
}
Promise.resolve('original')
  .finally(() => delay(100))
  .then(v => console.log('then got', v));
setTimeout(() => console.log('timer 0'), 0);
