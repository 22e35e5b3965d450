// A Promise subclass: then() builds its result through the subclass (species), and a subclass instance
// awaited or returned costs the same ticks as a plain promise only when its constructor is %Promise%.
class Tracked extends Promise {
  constructor(executor) {
    super(executor);
    Tracked.created++;
  }
}
Tracked.created = 0;
const t = Tracked.resolve(1);
const derived = t.then(v => v + 1);
console.log(derived instanceof Tracked, Tracked.created);
class Plain extends Promise {
  static get [Symbol.species]() { return Promise; }
}
const p = Plain.resolve(2).then(v => v);
console.log(p instanceof Plain, p instanceof Promise);
let tick = 0;
(function count() { if (tick < 6) { tick++; Promise.resolve().then(count); } })();
(async () => { await Tracked.resolve('sub'); console.log('awaited subclass at tick', tick); })();
(async () => { await Promise.resolve('plain'); console.log('awaited plain at tick', tick); })();
derived.then(v => console.log('derived', v, 'at tick', tick));
