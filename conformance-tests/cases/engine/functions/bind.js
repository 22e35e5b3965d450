// bind fixes this and leading args; new ignores the bound this.
function add(a, b, c) { return this.base + a + b + c; }
var bound = add.bind({ base: 100 }, 1);
console.log(bound(2, 3), bound.length, bound.name);
var twice = bound.bind({ base: 0 }, 10);
console.log(twice(20), twice.length, twice.name);
function Point(x, y) { this.x = x; this.y = y; }
var P = Point.bind({ ignored: true }, 7);
var pt = new P(8);
console.log(JSON.stringify(pt), pt instanceof Point, pt instanceof P);
var obj = { m() { return this.tag; }, tag: 'orig' };
var m2 = obj.m.bind({ tag: 'bound' });
console.log(m2(), m2.call({ tag: 'call' }));
console.log(typeof P.prototype);
