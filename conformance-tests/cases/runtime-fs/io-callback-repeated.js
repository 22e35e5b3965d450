// Each I/O callback: its immediate runs before its 0 ms timer (the check phase precedes the timers phase).
const fs = require('fs');
let rounds = 0;
function round() {
  fs.stat(__filename, () => {
    rounds++;
    const n = rounds;
    const order = [];
    setTimeout(() => {
      order.push('timeout');
      console.log('round', n, order.join(' then '));
      if (n < 3) round();
    }, 0);
    setImmediate(() => order.push('immediate'));
  });
}
round();
