// Stats carry Date fields next to the *Ms numbers.
const fs = require('fs');
const st = fs.statSync(__filename);
for (const k of ['atime', 'mtime', 'ctime', 'birthtime']) {
  console.log(k, st[k] instanceof Date, Math.abs(st[k].getTime() - st[k + 'Ms']) < 1);
}
console.log(st.mtime <= new Date());
