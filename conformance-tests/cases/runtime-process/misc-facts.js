console.log(typeof process.pid, process.platform, typeof process.version);
console.log(typeof process.cwd(), process.cwd().length > 0);
console.log(typeof process.uptime(), process.uptime() >= 0);
const m = process.memoryUsage();
console.log(typeof m.rss, typeof m.heapTotal, typeof m.heapUsed, m.heapUsed > 0);
console.log(typeof process.memoryUsage.rss());
