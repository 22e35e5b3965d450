// Stack frames of timer callbacks: node calls them as timer._onTimeout() / immediate._onImmediate().
const top = (e) => e.stack.split('\n')[1].trim().split(__filename).join('F');
setTimeout(() => console.log(top(new Error('t'))), 1);
setTimeout(function namedTimer() { console.log(top(new Error('n'))); }, 2);
const iv = setInterval(() => {
  console.log(top(new Error('iv')));
  clearInterval(iv);
  setImmediate(() => console.log(top(new Error('i'))));
}, 3);
const handlers = {};
const make = () => function () { return top(new Error('h')); };
handlers.onEvent = make();
console.log(handlers.onEvent());
