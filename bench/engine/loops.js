// Nested loops with int and double arithmetic on locals.
const start = performance.now();
let sum = 0;
for (let i = 0; i < 3000; i++) {
  for (let j = 0; j < 1000; j++) {
    sum = (sum + i * j) % 1000003;
  }
}
let x = 0.5;
for (let k = 0; k < 1000000; k++) x = x * 1.0000001 + 0.000001;
console.log('# sum', sum, 'x', x.toFixed(6), 'ms', Math.round(performance.now() - start));
