// readdir(..., { withFileTypes: true }) gives Dirent objects, sync, callback and promise alike.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = path.join(os.tmpdir(), 'minijs-dirent-' + process.pid);
fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
fs.writeFileSync(path.join(dir, 'a.txt'), 'a');
const show = (entries) => entries.map((e) => [e.name, e.isFile(), e.isDirectory(), e.isSymbolicLink(),
  e.path === dir, e.constructor.name]);
console.log(show(fs.readdirSync(dir, { withFileTypes: true })));
console.log(fs.readdirSync(dir));
fs.readdir(dir, { withFileTypes: true }, (err, entries) => {
  console.log('callback', err, show(entries));
  fs.promises.readdir(dir, { withFileTypes: true }).then((list) => {
    console.log('promise', show(list));
    fs.rmSync(dir, { recursive: true });
  });
});
