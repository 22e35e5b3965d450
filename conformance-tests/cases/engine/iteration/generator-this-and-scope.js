// Generator locals persist across yields and each call has its own state.
function* counter(start) { let n = start; while (true) { const cmd = yield n; if (cmd === 'reset') n = start; else n++; } }
var a = counter(10), b = counter(100);
a.next(); b.next();
console.log(a.next().value, a.next().value, b.next().value, a.next('reset').value, a.next().value);
var obj = { base: 5, *gen() { yield this.base; yield this.base * 2; } };
console.log([...obj.gen()].join());
function* closure() { var fns = []; for (let i = 0; i < 3; i++) { fns.push(() => i); yield fns.length; } return fns.map(f => f()).join(); }
var c = closure();
c.next(); c.next(); c.next();
console.log(c.next().value);
