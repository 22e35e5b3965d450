// 10,000 fs.readFile of small files (100 files, each read 100 times, 64 requests in flight).
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = path.join(os.tmpdir(), 'minijs-bench-' + process.pid);
fs.mkdirSync(dir);
const files = [];
for (let i = 0; i < 100; i++) {
  const f = path.join(dir, 'f' + i + '.txt');
  fs.writeFileSync(f, 'small file number ' + i + '\n');
  files.push(f);
}
const N = 10000;
let started = 0;
let done = 0;
let bytes = 0;
const start = performance.now();
function next() {
  if (started === N) return;
  const f = files[started % files.length];
  started++;
  fs.readFile(f, 'utf8', (err, text) => {
    if (err) throw err;
    bytes += text.length;
    done++;
    if (done === N) {
      console.log('RESULT ' + (performance.now() - start).toFixed(1));
      fs.rmSync(dir, { recursive: true });
    } else {
      next();
    }
  });
}
for (let i = 0; i < 64; i++) next();
