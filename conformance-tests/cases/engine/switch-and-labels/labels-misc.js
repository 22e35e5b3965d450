// Labels on while/do-while/for-of/for-in and multiple labels.
var log = [];
outer: while (true) {
  inner: do {
    log.push('do');
    break outer;
  } while (false);
}
a: b: for (var x of [1, 2, 3]) { if (x === 2) continue a; if (x === 3) break b; log.push('x' + x); }
keys: for (var k in { p: 1, q: 2, r: 3 }) { for (;;) { if (k === 'q') continue keys; break; } log.push(k); }
console.log(log.join(' '));
var count = 0;
lbl: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { count++; if (j === 1) continue lbl; } }
console.log(count);
