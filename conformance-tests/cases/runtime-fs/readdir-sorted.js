const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = path.join(os.tmpdir(), 'minijs-readdir-' + process.pid);
fs.mkdirSync(dir);
const names = ['zeta.txt', 'alpha.txt', 'Beta.txt', 'mid.js', '_under'];
for (let i = 0; i < names.length; i++) fs.writeFileSync(path.join(dir, names[i]), names[i]);
fs.readdir(dir, (err, list) => {
  console.log(err, list);
  console.log(fs.readdirSync(dir).length);
  fs.rmSync(dir, { recursive: true });
  console.log('exists after rm', fs.existsSync(dir));
});
