const counter = require('./lib/counter');
console.log(counter.increment(), counter.increment());
const again = require('./lib/counter.js');
console.log('same object', again === counter, again.get());
