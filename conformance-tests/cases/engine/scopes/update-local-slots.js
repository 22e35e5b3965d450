// ++/-- on every kind of binding: frame-slot locals that change type (int -> double -> string),
// captured variables, a named function expression's own name (ignored in sloppy code, TypeError in strict),
// const and TDZ bindings, and a local that survives an await.
var g = function f() { f++; --f; return typeof f; };
console.log(g());
try {
  (function () { "use strict"; var h = function q() { q++; }; h(); })();
} catch (e) { console.log(e.constructor.name, e.message); }

let x = 1; x++; ++x; console.log(x);
let d = 1.5; d++; console.log(d, d--, --d);
let big = 2147483647; big++; console.log(big);
let small = -2147483648; small--; console.log(small);
let s = "7"; s++; console.log(s, typeof s);
let n = null; n--; console.log(n);
let u; u++; console.log(u);

function loop() {
  let sum = 0;
  for (let i = 0; i < 100; i++) {
    sum += i;
    if (i === 50) sum = sum + 0.5;
    if (i === 90) sum = String(sum);
  }
  return sum;
}
console.log(loop(), typeof loop());

function counter() { let c = 0; return () => ++c; }
const next = counter(); next(); console.log(next());

try { y++; let y = 1; } catch (e) { console.log(e.constructor.name, e.message); }
const k = 1;
try { k++; } catch (e) { console.log(e.constructor.name, e.message); }

async function resumed() {
  let i = 1, f = 0.25;
  await null;
  i++; f++;
  await null;
  return [i, f, typeof i];
}
resumed().then(v => console.log("resumed", v));
