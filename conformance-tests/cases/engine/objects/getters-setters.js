// Accessor properties in literals and via defineProperty.
var temp = {
  _c: 25,
  get f() { return this._c * 9 / 5 + 32; },
  set f(v) { this._c = (v - 32) * 5 / 9; }
};
console.log(temp.f);
temp.f = 212;
console.log(temp._c, temp.f);
var log = [];
var o = Object.defineProperty({}, 'p', {
  get() { log.push('get'); return 1; },
  set(v) { log.push('set ' + v); },
  enumerable: true
});
o.p = 5;
console.log(o.p, log.join(','));
var onlyGet = { get g() { return 'g'; } };
onlyGet.g = 'ignored';
console.log(onlyGet.g);
var onlySet = { set s(v) { this._s = v; } };
onlySet.s = 3;
console.log(String(onlySet.s), onlySet._s);
var d = Object.getOwnPropertyDescriptor(temp, 'f');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
