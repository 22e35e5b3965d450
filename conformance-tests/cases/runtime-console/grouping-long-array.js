const a = [];
for (let i = 0; i < 120; i++) a.push(i);
console.log(a);
const s = [];
for (let i = 0; i < 101; i++) s.push('x');
console.log(s);
