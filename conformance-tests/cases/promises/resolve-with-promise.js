// Resolving a promise with another promise takes extra ticks compared to a plain value.
var inner = Promise.resolve('inner');
new Promise(resolve => resolve(inner)).then(v => console.log('outer resolved with promise ->', v));
new Promise(resolve => resolve('plain')).then(v => console.log('resolved with plain ->', v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
