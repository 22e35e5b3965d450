// writeFile/appendFile honour the flag option as node opens the file: 'a' appends, 'wx' fails on an existing
// file, 'r+' writes over the start without truncating, 'r' cannot write, unknown flags are rejected.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flags-'));
const f = path.join(dir, 'f.txt');
fs.writeFileSync(f, 'A');
fs.writeFileSync(f, 'B', { flag: 'a' });
fs.appendFileSync(f, 'C');
console.log(fs.readFileSync(f, 'utf8'));
for (const flag of ['wx', 'ax']) {
  try { fs.writeFileSync(f, 'X', { flag }); console.log('no error'); } catch (e) { console.log(flag, e.code, e.syscall, e.message.replace(dir, '<dir>')); }
}
fs.writeFileSync(f, 'hello');
fs.writeFileSync(f, 'J', { flag: 'r+' });
console.log(fs.readFileSync(f, 'utf8'));
try { fs.writeFileSync(path.join(dir, 'none'), 'x', { flag: 'r+' }); } catch (e) { console.log(e.code, e.syscall); }
try { fs.writeFileSync(f, 'x', { flag: 'r' }); } catch (e) { console.log(e.code, e.syscall, e.message); }
try { fs.writeFileSync(f, 'x', { flag: 'zz' }); } catch (e) { console.log(e.name, e.code, e.message); }
fs.writeFileSync(path.join(dir, 'new'), 'n', { flag: 'wx' });
fs.writeFile(f, 'D', { flag: 'a' }, (err) => {
  console.log('callback', err, fs.readFileSync(f, 'utf8'));
  fs.promises.writeFile(f, 'E', { flag: 'a' }).then(() => {
    console.log('promise', fs.readFileSync(f, 'utf8'), fs.readFileSync(path.join(dir, 'new'), 'utf8'));
    fs.rmSync(dir, { recursive: true });
  });
});
