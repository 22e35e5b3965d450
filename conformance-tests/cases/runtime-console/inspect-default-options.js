// util.inspect.defaultOptions: the options console.log and util.inspect start from; assigning to the
// property merges into them.
const util = require('util');
const deep = { a: { b: { c: { d: { e: 1 } } } } };
console.log(util.inspect.defaultOptions, Object.getOwnPropertyDescriptor(util.inspect, 'defaultOptions').enumerable);
console.log(deep);
util.inspect.defaultOptions.depth = 0;
console.log(deep, util.inspect(deep), util.inspect(deep, { depth: 3 }));
util.inspect.defaultOptions = { depth: null, breakLength: Infinity };
console.log(deep, util.format('%s|%o', { x: { y: { z: 1 } } }, [1]));
try { util.inspect.defaultOptions = 5; } catch (e) { console.log(e.name, e.code); }
util.inspect.defaultOptions.maxArrayLength = 2;
console.log([1, 2, 3, 4]);
