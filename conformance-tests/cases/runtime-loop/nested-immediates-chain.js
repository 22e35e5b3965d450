let depth = 0;
function next() {
  depth++;
  process.nextTick(() => console.log('tick', depth));
  if (depth < 5) setImmediate(next);
}
setImmediate(next);
