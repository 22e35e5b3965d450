// for (let ...) creates a fresh binding per iteration for closures.
var fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map(f => f()).join(','));
var vfns = [];
for (var j = 0; j < 3; j++) vfns.push(() => j);
console.log(vfns.map(f => f()).join(','));
var mod = [];
for (let k = 0; k < 3; k++) { mod.push(() => k); k++; }
console.log(mod.map(f => f()).join(','));
var ofs = [];
for (const x of [7, 8, 9]) ofs.push(() => x);
console.log(ofs.map(f => f()).join(','));
var ins = [];
for (const key in { a: 1, b: 2 }) ins.push(() => key);
console.log(ins.map(f => f()).join(','));
var cl = [];
for (let i = 0; i < 2; cl.push(() => i), i++);
console.log(cl.map(f => f()).join(','));
