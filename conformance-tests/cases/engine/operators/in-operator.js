// The in operator checks own and inherited properties.
var proto = { inherited: 1 };
var o = Object.create(proto);
o.own = undefined;
console.log('own' in o, 'inherited' in o, 'missing' in o, 'toString' in o);
console.log(0 in [1], 1 in [1], 'length' in [], 2 in [, , 3], 0 in [, , 3]);
var s = Symbol();
o[s] = 1;
console.log(s in o);
try { 'x' in 'string'; } catch (e) { console.log(e.name); }
try { 'x' in null; } catch (e) { console.log(e.name); }
console.log('length' in Object('abc'), '1' in { 1: 0 });
