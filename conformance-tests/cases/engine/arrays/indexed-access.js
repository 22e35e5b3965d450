// Indexed reads and writes, through the array fast path and around it: holes, frozen and non-extensible
// arrays, growth past the length, strings, plain objects, nullish bases; indexes from int locals.
'use strict';
const a = [0, , 2];
console.log(a[1]);
a[1] = 5;
console.log(a[1], Object.keys(a));
for (let i = 0; i < 3; i++) a[i] = i * 10;
console.log(a, a.length);
const f = Object.freeze([1, 2, 3]);
try { f[1] = 9; } catch (e) { console.log(e.constructor.name, e.message); }
for (let i = 0; i < 2; i++) { try { f[i] = i; } catch (e) { console.log(e.message); } }
const ne = Object.preventExtensions([1, , 3]);
try { ne[1] = 2; } catch (e) { console.log(e.message); }
ne[2] = 30;
console.log(ne);
const grow = [];
for (let i = 0; i < 5; i++) grow[i] = i * i;
for (let i = 0; i < 7; i += 3) grow[i + 10] = i;
console.log(grow, grow.length);
const s = 'hey';
for (let i = 0; i < 4; i++) console.log(s[i], [1, 2][i - 1]);
const o = { 0: 'zero', 1: 'one' };
for (let i = 0; i < 2; i++) { o[i] = o[i] + '!'; }
console.log(o);
let n = null;
try { for (let i = 0; i < 1; i++) n[i] = 1; } catch (e) { console.log(e.message); }
try { for (let i = 0; i < 1; i++) console.log(n[i]); } catch (e) { console.log(e.message); }
