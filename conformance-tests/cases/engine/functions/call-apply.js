// call and apply set this and pass arguments.
function describe(greeting, punct) { return greeting + ', ' + this.name + punct; }
var p = { name: 'Ada' };
console.log(describe.call(p, 'Hi', '!'), describe.apply(p, ['Hello', '?']));
console.log(describe.apply(p, { length: 2, 0: 'Yo', 1: '.' }));
console.log(Math.max.apply(null, [3, 9, 2]), Math.max.apply(null, []));
function countArgs() { return arguments.length; }
console.log(countArgs.apply(null), countArgs.apply(null, undefined), countArgs.call(null, 1, 2));
try { countArgs.apply(null, 5); } catch (e) { console.log(e.name); }
console.log(Function.prototype.call.call(describe, p, 'Meta', ';'));
