const fs = require('fs');
fs.readFile('definitely-missing-file.txt', 'utf8', (err, data) => {
  console.log(err.code, err.errno, err.syscall, err.path, data);
  console.log(err.message);
  console.log(err instanceof Error);
});
try {
  fs.readFileSync('definitely-missing-file.txt');
} catch (e) {
  console.log('sync:', e.code, e.message);
}
