// Accessors receive the receiver as this, including through prototypes.
var proto = {
  get full() { return this.first + ' ' + this.last; },
  set full(v) { var p = v.split(' '); this.first = p[0]; this.last = p[1]; }
};
var a = Object.create(proto);
a.full = 'Ada Lovelace';
console.log(a.first, a.last, a.full, Object.keys(a).join());
var b = Object.create(proto, { first: { value: 'Alan', enumerable: true }, last: { value: 'Turing', enumerable: true } });
console.log(b.full);
var counter = Object.defineProperty({}, 'next', { get: (function () { var n = 0; return function () { return ++n; }; })() });
console.log(counter.next, counter.next, counter.next);
