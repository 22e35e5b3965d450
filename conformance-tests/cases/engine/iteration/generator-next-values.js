// Values passed to next() become the result of the yield expression.
function* conversation() {
  var name = yield 'name?';
  var age = yield 'age of ' + name + '?';
  return name + ' is ' + age;
}
var c = conversation();
console.log(c.next('ignored').value);
console.log(c.next('Ann').value);
var last = c.next(30);
console.log(last.value, last.done);
function* acc() { var total = 0; while (true) { var v = yield total; if (v === undefined) return total; total += v; } }
var a = acc();
a.next(); a.next(5); a.next(10);
console.log(a.next(1).value, JSON.stringify(a.next()));
