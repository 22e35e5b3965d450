// Memory held by 100,000 suspended async functions (each parked at an await on a never-settled promise).
const N = 100000;
const never = new Promise(() => {});
async function parked(i) {
  const local = i;
  await never;
  return local;
}
function heapUsed() {
  if (typeof gc === 'function') gc();
  return process.memoryUsage().heapUsed;
}
const before = heapUsed();
const keep = [];
for (let i = 0; i < N; i++) keep.push(parked(i));
const after = heapUsed();
console.log('# suspended', keep.length, 'bytes per function', Math.round((after - before) / N));
