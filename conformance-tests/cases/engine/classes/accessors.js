// Class getters and setters, static and instance.
class Temp {
  #c = 0;
  get celsius() { return this.#c; }
  set celsius(v) { if (v < -273.15) throw new RangeError('too cold'); this.#c = v; }
  get fahrenheit() { return this.#c * 9 / 5 + 32; }
  static get unit() { return 'C'; }
}
var t = new Temp();
t.celsius = 100;
console.log(t.celsius, t.fahrenheit, Temp.unit);
try { t.celsius = -300; } catch (e) { console.log(e.name, e.message); }
t.fahrenheit = 0;
console.log(t.fahrenheit);
var d = Object.getOwnPropertyDescriptor(Temp.prototype, 'celsius');
console.log(typeof d.get, typeof d.set, d.enumerable);
console.log(Object.keys(t).length, Object.getOwnPropertyNames(Temp.prototype).join());
