// await inside for and while loops runs the iterations one after another.
function delay(ms, v) {
  return new Promise(resolve => setTimeout(() => resolve(v), ms));
}
async function sequential() {
  var total = 0;
  for (var i = 1; i <= 3; i = i + 1) {
    var v = await delay(5, i * 10);
    console.log('for got', v);
    total = total + v;
  }
  var n = 0;
  while (n < 2) {
    await Promise.resolve();
    n = n + 1;
    console.log('while iteration', n);
  }
  return total;
}
sequential().then(t => console.log('total', t));
console.log('started');
