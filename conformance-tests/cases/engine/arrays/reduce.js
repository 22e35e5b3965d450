// reduce and reduceRight with and without an initial value.
var a = [1, 2, 3, 4];
console.log(a.reduce((s, x) => s + x), a.reduce((s, x) => s + x, 10));
console.log(a.reduceRight((s, x) => s + x, ''), ['a', 'b', 'c'].reduceRight((s, x) => s + x));
var calls = [];
a.reduce((acc, x, i) => { calls.push(acc + ':' + x + ':' + i); return acc + x; });
console.log(calls.join(' '));
try { [].reduce((a, b) => a + b); } catch (e) { console.log(e.name); }
try { [].reduceRight((a, b) => a + b); } catch (e) { console.log(e.name); }
console.log([].reduce((a, b) => a + b, 'init'), [5].reduce((a, b) => a + b));
console.log([, 7, ,].reduce((a, b) => a + b));
var grouped = ['apple', 'avocado', 'banana', 'cherry'].reduce((g, w) => { (g[w[0]] ||= []).push(w); return g; }, {});
console.log(JSON.stringify(grouped));
