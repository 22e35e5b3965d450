const util = require('util');
console.log(util.format('%s=%d', 'x', 5));
console.log(util.format(1, 2, 'three'));
console.log(util.format('no args'));
console.log(JSON.stringify(util.format('%s', 'a', { b: 1 })));
