'use strict';
// A script touching most of the subset: the seed of TokenFuzzTest's mutations.
const { a, b: [c, d = 2], ...rest } = source();
let [x, , y = 3, ...tail] = list;
var total = 0, label = `sum: ${a + c} and ${`nested ${d}`}`;

function* range(from, to, step = 1) {
  for (let i = from; i < to; i += step) {
    const skip = yield i;
    if (skip) continue;
  }
  yield* [to];
}

async function* chunks(stream) {
  for await (const chunk of stream) {
    yield chunk?.data ?? null;
  }
}

async function load(url, { retries = 3, timeout } = {}) {
  try {
    const res = await fetch(url, timeout);
    return res.ok ? await res.json() : null;
  } catch ({ message }) {
    if (--retries > 0) return load(url, { retries });
    throw new Error(message);
  } finally {
    total++;
  }
}

class Shape {
  static count = 0;
  #id;
  name = 'shape';
  static { Shape.registry = new Map(); }
  constructor(id) {
    this.#id = id;
    Shape.count++;
  }
  get id() { return this.#id; }
  set id(v) { this.#id = v; }
  #secret() { return #id in this; }
  static create(...args) { return new this(...args); }
  *[Symbol.iterator]() { yield this.#id; }
  async reveal() { return this.#secret(); }
}

class Circle extends Shape {
  constructor(id, r) {
    super(id);
    this.r = r;
  }
  area() { return Math.PI * this.r ** 2; }
  toString() { return `${super.toString()} r=${this.r}`; }
}

outer: for (const [k, v] of Object.entries({ p: 1, q: 2 })) {
  for (const key in v) {
    if (key === k) break outer;
    switch (typeof v[key]) {
      case 'number': total += v[key]; break;
      case 'string': { let s = v[key]; total += s.length; } break;
      default: continue outer;
    }
  }
}

[x, y] = [y, x];
({ a: obj.a, b: obj['b'] = 1 } = other);
do { total-- } while (total > 10 && !done)
while (i < 3) i++;
const re = /ab+c[/]?/giu, div = a / b / c;
const tag = String.raw`line\n${x}end`;
const f = async (p, { q } = {}) => await p + q, g = x => ({ x }), h = () => {};
const o = { m() { return super.m?.(); }, get v() { return 1 }, [k]: 2, async *gen() {}, ...spread, 'quoted': 3, 42: 4 };
x ||= 1; y &&= 2; z ??= 3; w **= 2; total >>>= 1;
if (a) b(); else if (c) { d() } else e()
new Circle(1, 2).area?.();
void 0, typeof x === 'undefined', delete o.k, !(a instanceof B), 'k' in o;
debugger;
