// Async IIFEs in arrow and function form start synchronously and return promises.
const a = (async () => {
  console.log('arrow iife runs');
  await null;
  return 'arrow';
})();
const b = (async function named() {
  console.log('function iife runs');
  await null;
  return 'function';
})();
console.log('both started');
a.then(v => console.log(v, 'done'));
b.then(v => console.log(v, 'done'));
