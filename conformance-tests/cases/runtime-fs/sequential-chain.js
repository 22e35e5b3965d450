const fs = require('fs');
const path = require('path');
const os = require('os');
const base = path.join(os.tmpdir(), 'minijs-chain-' + process.pid);
let i = 0;
function step() {
  if (i === 5) {
    for (let k = 0; k < 5; k++) fs.unlinkSync(base + '-' + k);
    console.log('all done');
    return;
  }
  const name = base + '-' + i;
  fs.writeFile(name, 'n' + i, () => {
    fs.readFile(name, 'utf8', (err, text) => {
      console.log('step', i, text);
      i++;
      step();
    });
  });
}
step();
