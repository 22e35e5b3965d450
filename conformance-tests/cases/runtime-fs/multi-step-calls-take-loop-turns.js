// node's readFile is four thread-pool round trips (open, fstat, read, close) and writeFile three (open,
// write, close): each needs a later poll phase, so their callbacks come after immediates queued meanwhile.
const fs = require('fs');
const path = require('path');
const os = require('os');
const file = path.join(os.tmpdir(), 'minijs-steps-' + process.pid + '.txt');
const order = [];
const chain = (n) => setImmediate(() => {
  order.push('immediate ' + n);
  if (n < 3) chain(n + 1);
});
fs.writeFile(file, 'x', () => {
  order.push('writeFile');
  chain(1);
  fs.readFile(file, 'utf8', (err, text) => {
    order.push('readFile ' + text);
    fs.unlinkSync(file);
    console.log(order.join(', '));
  });
});
const first = [];
setImmediate(() => first.push('immediate'));
setImmediate(() => setImmediate(() => {
  first.push('second immediate');
  console.log(first.join(', '));
}));
fs.writeFile(file + '.b', 'y', () => {
  first.push('writeFile b');
  fs.unlinkSync(file + '.b');
});
