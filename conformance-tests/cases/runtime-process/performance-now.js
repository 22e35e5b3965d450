const a = performance.now();
let sum = 0;
for (let i = 0; i < 1000; i++) sum += i;
const b = performance.now();
console.log(typeof a, b >= a, a >= 0);
setTimeout(() => {
  const elapsed = performance.now() - a;
  console.log('elapsed at least 20ms', elapsed >= 20, 'and not absurdly late', elapsed < 1000);
}, 20);
