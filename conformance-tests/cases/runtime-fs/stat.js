const fs = require('fs');
const path = require('path');
fs.stat(__filename, (err, st) => {
  console.log(err, st.isFile(), st.isDirectory(), st.size > 0, typeof st.mtimeMs);
  fs.stat(__dirname, (err2, dirSt) => {
    console.log(dirSt.isFile(), dirSt.isDirectory());
    fs.stat(path.join(__dirname, 'nope'), (err3, none) => {
      console.log(err3.code, err3.syscall, none);
    });
  });
});
const s = fs.statSync(__filename);
console.log('sync', s.isFile(), s.size === fs.readFileSync(__filename, 'utf8').length);
