// An async arrow created in a method captures that method's this, even when called later.
class Greeter {
  constructor(greeting) {
    this.greeting = greeting;
  }
  makeGreeters() {
    return [async name => { await null; return this.greeting + ', ' + name; }];
  }
}
const fns = new Greeter('hello').makeGreeters();
const other = { greeting: 'ignored', f: fns[0] };
other.f('world').then(console.log);
fns[0].call({ greeting: 'also ignored' }, 'call').then(console.log);
