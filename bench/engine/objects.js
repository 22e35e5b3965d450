// Property-heavy code: object creation, reads and writes through the same shapes.
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.add = function (o) { return new Point(this.x + o.x, this.y + o.y); };
const start = performance.now();
let p = new Point(0, 0);
const d = new Point(1, 2);
for (let i = 0; i < 500000; i++) {
  p = p.add(d);
  if (p.x > 1000) p = new Point(p.x - 1000, p.y - 2000);
}
const objs = [];
for (let i = 0; i < 100000; i++) objs.push({ id: i, name: 'n' + (i % 10), value: i * 2 });
let total = 0;
for (const o of objs) total += o.value + o.id;
console.log('# p', p.x, p.y, 'total', total, 'ms', Math.round(performance.now() - start));
