const util = require('util');
const o = { secret: 1 };
o[util.inspect.custom] = function (depth, options) {
  return 'Custom<' + depth + '>';
};
console.log(o);
console.log([o], { nested: o });
const q = {};
q[Symbol.for('nodejs.util.inspect.custom')] = () => ({ replaced: true });
console.log(q);
