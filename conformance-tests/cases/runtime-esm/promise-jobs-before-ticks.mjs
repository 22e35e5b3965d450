// In an ES module, promise reactions queued by the body run before process.nextTick callbacks.
import { nextTick } from 'node:process';
console.log('start');
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise 1'));
nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise 2'));
console.log('end', typeof this);
