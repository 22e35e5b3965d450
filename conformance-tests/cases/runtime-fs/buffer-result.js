const fs = require('fs');
const path = require('path');
const os = require('os');
const file = path.join(os.tmpdir(), 'minijs-buf-' + process.pid + '.txt');
fs.writeFileSync(file, 'hi!');
const buf = fs.readFileSync(file);
console.log(buf);
console.log(buf.length, buf.toString(), buf.toString('hex'), buf.toString('base64'));
fs.readFile(file, (err, data) => {
  console.log(data.toString('utf8'));
  fs.unlinkSync(file);
});
