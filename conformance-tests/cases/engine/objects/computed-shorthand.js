// Object literal features: shorthand, computed keys, methods, __proto__ and duplicates.
var name = 'n', i = 0;
var o = {
  name,
  ['k' + ++i]: i,
  ['k' + ++i]: i,
  method() { return 'm'; },
  'quoted key': 1,
  123: 'num',
  dup: 1,
  dup: 2
};
console.log(JSON.stringify(o), o.method());
var withProto = { __proto__: { inherited: 'yes' }, own: 1 };
console.log(withProto.inherited, Object.keys(withProto).join());
var computedProto = { ['__proto__']: 5 };
console.log(Object.keys(computedProto).join(), computedProto.__proto__);
var sym = Symbol('s');
var ws = { [sym]: 'symval' };
console.log(ws[sym]);
