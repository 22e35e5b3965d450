// process.nextTick callbacks run before promise jobs queued in the same turn (CommonJS main).
console.log('start');
Promise.resolve().then(() => console.log('promise 1'));
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => console.log('tick 2'));
console.log('end');
