// Computed keys that start as ints and turn into strings or fractions at the same site.
const o = {};
for (let i = 0; i < 5; i++) { o['k' + i] = i; o[i + 0.5] = -i; }
let s = 0;
for (let i = 0; i < 5; i++) s += o['k' + i] + o[i + 0.5];
const a = [1, 2, 3];
for (let i = 0; i < 4; i++) console.log(a[i * 1], a[i / 2], a[i - 0]);
console.log(o, s);
