// A user-defined iterable drives for-of via Symbol.iterator and next().
class Range {
  constructor(from, to, step = 1) { this.from = from; this.to = to; this.step = step; }
  [Symbol.iterator]() {
    var cur = this.from, to = this.to, step = this.step;
    return { next: () => cur <= to ? { value: (cur += step) - step, done: false } : { value: undefined, done: true } };
  }
}
var vals = [];
for (var v of new Range(1, 10, 3)) vals.push(v);
console.log(vals.join());
console.log([...new Range(0, 4)].join(), Array.from(new Range(5, 6)).join());
var r = new Range(1, 2);
console.log([...r].length, [...r].length);
var weird = { [Symbol.iterator]() { return { next() { return { done: 1, value: 'ignored' }; } }; } };
console.log([...weird].length);
try { for (var z of {}) {} } catch (e) { console.log(e.name); }
try { for (var z of { [Symbol.iterator]() { return 5; } }) {} } catch (e) { console.log(e.name); }
