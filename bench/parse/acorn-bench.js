// Warm parse throughput of acorn, measured and printed like org.minijs.parser.ParseThroughput (bench/parse.sh):
//   node acorn-bench.js script:FILE module:FILE ...   ->   FILE BYTES MEDIAN_MS MB_PER_S
// Environment: WARMUP and MEASURE seconds (default 4 each); NODE_PATH must reach acorn.
const acorn = require('acorn');
const fs = require('fs');

const warmup = Number(process.env.WARMUP || 4);
const measure = Number(process.env.MEASURE || 4);

function run(src, sourceType, seconds) {
  const times = [];
  const end = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  do {
    const t0 = process.hrtime.bigint();
    const ast = acorn.parse(src, { ecmaVersion: 'latest', sourceType, locations: true });
    const t1 = process.hrtime.bigint();
    if (!ast) throw new Error('no AST');
    times.push(Number(t1 - t0) / 1e9);
  } while (process.hrtime.bigint() < end || times.length < 5);
  return times.sort((a, b) => a - b);
}

const inputs = process.argv.slice(2).map(arg => {
  const i = arg.indexOf(':');
  const file = arg.slice(i + 1);
  return { sourceType: arg.slice(0, i), file, src: fs.readFileSync(file, 'utf8') };
});
// Warm up on all files in turn first, as ParseThroughput does.
for (let round = 0; round < 4; round++) {
  for (const { src, sourceType } of inputs) run(src, sourceType, warmup / 4);
}
for (const { file, src, sourceType } of inputs) {
  const bytes = Buffer.byteLength(src, 'utf8');
  const times = run(src, sourceType, measure);
  const median = times[Math.floor(times.length / 2)];
  console.log(`${file} ${bytes} ${(median * 1e3).toFixed(3)} ${(bytes / median / 1e6).toFixed(2)}`);
}
