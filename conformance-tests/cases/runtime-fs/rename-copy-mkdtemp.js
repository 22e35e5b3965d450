// fs.rename, fs.copyFile (COPYFILE_EXCL) and fs.mkdtemp, with node's two-path error messages.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minijs-fsops-'));
console.log(path.basename(dir).length === 'minijs-fsops-'.length + 6, fs.statSync(dir).isDirectory());
const a = path.join(dir, 'a.txt');
const b = path.join(dir, 'b.txt');
const shown = (e) => [e.code, e.syscall, e.message.replaceAll(dir, 'DIR'), e.path.replaceAll(dir, 'DIR'),
  e.dest.replaceAll(dir, 'DIR')];
fs.writeFileSync(a, 'A');
fs.copyFileSync(a, b);
console.log(fs.readFileSync(b, 'utf8'));
try {
  fs.copyFileSync(a, b, fs.constants ? fs.constants.COPYFILE_EXCL : 1);
} catch (e) {
  console.log(shown(e));
}
fs.renameSync(b, path.join(dir, 'c.txt'));
console.log(fs.readdirSync(dir));
try {
  fs.renameSync(path.join(dir, 'missing'), path.join(dir, 'x'));
} catch (e) {
  console.log(shown(e));
}
fs.rename(a, path.join(dir, 'd.txt'), (err) => {
  console.log('rename callback', err, fs.readdirSync(dir));
  fs.copyFile(path.join(dir, 'nope'), b, (err2) => {
    console.log('copyFile callback', shown(err2));
    fs.promises.mkdtemp(path.join(dir, 'sub-')).then((sub) => {
      console.log('promise mkdtemp', path.dirname(sub) === dir, path.basename(sub).startsWith('sub-'));
      fs.rmSync(dir, { recursive: true });
    });
  });
});
