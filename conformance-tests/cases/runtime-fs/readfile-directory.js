const fs = require('fs');
fs.readFile(__dirname, (err) => {
  console.log(err.code, err.syscall, err.message);
});
