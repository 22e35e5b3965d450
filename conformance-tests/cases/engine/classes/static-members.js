// Static methods, fields and static blocks, inherited by subclasses.
class Counter {
  static count = 0;
  static #secret = 'hidden';
  static instances = [];
  static {
    this.ready = 'static block ran, count=' + this.count;
  }
  static create() { Counter.count++; const c = new Counter(); this.instances.push(c); return c; }
  static reveal() { return Counter.#secret; }
}
Counter.create(); Counter.create();
console.log(Counter.count, Counter.instances.length, Counter.ready, Counter.reveal());
class Sub extends Counter { static describe() { return 'sub of ' + super.reveal(); } }
console.log(Sub.count, Sub.describe(), Object.hasOwn(Sub, 'count'));
Sub.count = 99;
console.log(Counter.count, Sub.count);
console.log(typeof new Counter().create);
