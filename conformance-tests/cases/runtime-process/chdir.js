// process.chdir: later relative paths (fs, path.resolve, process.cwd) resolve against the new directory.
const fs = require('fs');
const os = require('os');
const path = require('path');
const start = process.cwd();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chdir-'));
process.chdir(dir);
console.log(process.cwd() === dir, path.resolve('x') === path.join(dir, 'x'));
fs.writeFileSync('file.txt', 'here');
console.log(fs.readFileSync(path.join(dir, 'file.txt'), 'utf8'), fs.existsSync('file.txt'));
fs.mkdirSync('sub');
process.chdir('sub');
console.log(path.basename(process.cwd()), fs.readFileSync('../file.txt', 'utf8'));
try { process.chdir('nope'); } catch (e) { console.log(e.code, e.syscall, e.message.replace(dir, '<dir>')); }
try { process.chdir(5); } catch (e) { console.log(e.code); }
process.chdir(start);
fs.rmSync(dir, { recursive: true });
console.log(process.cwd() === start);
