// IIFEs capture a snapshot of a var loop variable.
var fns = [];
for (var i = 0; i < 3; i++) {
  (function (j) { fns.push(function () { return j * 10; }); })(i);
}
console.log(fns[0](), fns[1](), fns[2]());
var adders = [1, 2, 3].map(function (n) { return function (x) { return x + n; }; });
console.log(adders[2](10));
let w = 0;
const ws = [];
while (w < 3) { let copy = w; ws.push(() => copy); w++; }
console.log(ws.map(f => f()).join(''));
