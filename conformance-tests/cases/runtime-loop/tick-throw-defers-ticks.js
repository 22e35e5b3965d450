// A nextTick callback that throws (handled by uncaughtException) ends that round of ticks: the rest wait for
// the next callback, here a timer already due when the loop starts (main busy-waits past it).
process.on('uncaughtException', () => console.log('caught'));
process.nextTick(() => { throw new Error('t1'); });
process.nextTick(() => console.log('tick2'));
setTimeout(() => console.log('timeout'), 1);
const end = Date.now() + 10;
while (Date.now() < end);
