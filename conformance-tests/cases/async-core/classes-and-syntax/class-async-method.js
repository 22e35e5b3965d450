// An async method on a class keeps this across awaits.
class Counter {
  constructor(name) {
    this.name = name;
    this.count = 0;
  }
  async bump(times) {
    for (let i = 0; i < times; i++) {
      await null;
      this.count = this.count + 1;
    }
    return this.name + ' counted ' + this.count;
  }
}
const a = new Counter('a');
const b = new Counter('b');
a.bump(3).then(console.log);
b.bump(1).then(console.log);
console.log('sync counts', a.count, b.count);
