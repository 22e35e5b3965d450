// The switch body is one block scope for let/const declarations.
function f(x) {
  switch (x) {
    case 1: { let msg = 'one'; return msg; }
    case 2: let shared = 'two'; return shared;
    case 3: try { return shared; } catch (e) { return e.name; }
  }
}
console.log(f(1), f(2), f(3));
var r = [];
for (var i = 0; i < 4; i++) {
  switch (i) { case 1: continue; case 2: r.push('two'); break; default: r.push(i); }
  r.push('after' + i);
}
console.log(r.join(','));
