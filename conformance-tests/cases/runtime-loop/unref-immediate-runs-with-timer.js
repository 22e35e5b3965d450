// ...but it runs when something else keeps the loop going.
setImmediate(() => console.log('unrefed immediate ran')).unref();
setTimeout(() => console.log('timer'), 30);
