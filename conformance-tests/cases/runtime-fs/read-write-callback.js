const fs = require('fs');
const path = require('path');
const os = require('os');
const file = path.join(os.tmpdir(), 'minijs-fs-rw-' + process.pid + '.txt');
fs.writeFile(file, 'hello file\n', (err) => {
  console.log('written', err);
  fs.readFile(file, 'utf8', (err2, data) => {
    console.log('read', err2, JSON.stringify(data));
    fs.unlink(file, (err3) => {
      console.log('unlinked', err3, fs.existsSync(file));
    });
  });
});
console.log('sync code runs first');
