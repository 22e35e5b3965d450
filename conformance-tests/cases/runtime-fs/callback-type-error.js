const fs = require('fs');
try {
  fs.readFile(__filename);
} catch (e) {
  console.log(e.name, e.code);
}
try {
  fs.readFileSync({});
} catch (e) {
  console.log(e.name, e.code);
}
