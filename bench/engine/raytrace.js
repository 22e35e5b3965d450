// A small ray tracer (spheres, diffuse shading) rendering a 64x48 image to a checksum.
class Vec {
  constructor(x, y, z) { this.x = x; this.y = y; this.z = z; }
  add(v) { return new Vec(this.x + v.x, this.y + v.y, this.z + v.z); }
  sub(v) { return new Vec(this.x - v.x, this.y - v.y, this.z - v.z); }
  mul(k) { return new Vec(this.x * k, this.y * k, this.z * k); }
  dot(v) { return this.x * v.x + this.y * v.y + this.z * v.z; }
  norm() { const l = Math.sqrt(this.dot(this)); return this.mul(1 / l); }
}
const spheres = [
  { c: new Vec(0, -1, 3), r: 1, col: 255 },
  { c: new Vec(2, 0, 4), r: 1, col: 180 },
  { c: new Vec(-2, 0, 4), r: 1, col: 120 },
];
const light = new Vec(1, 1, -1).norm();
function trace(o, d) {
  let best = Infinity, hit = null;
  for (const s of spheres) {
    const oc = o.sub(s.c);
    const b = oc.dot(d), c = oc.dot(oc) - s.r * s.r;
    const disc = b * b - c;
    if (disc < 0) continue;
    const t = -b - Math.sqrt(disc);
    if (t > 0.001 && t < best) { best = t; hit = s; }
  }
  if (!hit) return 0;
  const p = o.add(d.mul(best));
  const n = p.sub(hit.c).norm();
  return Math.max(0, n.dot(light)) * hit.col;
}
const start = performance.now();
let checksum = 0;
for (let frame = 0; frame < 10; frame++)
  for (let y = 0; y < 48; y++)
    for (let x = 0; x < 64; x++) {
      const d = new Vec((x - 32) / 32, (24 - y) / 32, 1).norm();
      checksum = (checksum + Math.floor(trace(new Vec(0, 0, 0), d))) % 1000003;
    }
console.log('# checksum', checksum, 'ms', Math.round(performance.now() - start));
