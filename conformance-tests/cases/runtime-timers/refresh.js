const start = performance.now();
const t = setTimeout(() => {
  console.log('fired late enough', performance.now() - start >= 55);
}, 40);
setTimeout(() => t.refresh(), 20);
