const c1 = require('./lib/counter');
c1.increment();
const key = require.resolve('./lib/counter');
console.log(require('path').basename(key), typeof require.cache[key]);
delete require.cache[key];
const c2 = require('./lib/counter');
console.log('fresh module after cache delete', c2 !== c1, c2.get());
