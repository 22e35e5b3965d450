const fs = require('fs');
process.on('uncaughtException', (e) => console.log('caught', e.message));
fs.stat(__filename, () => {
  setImmediate(() => console.log('immediate still runs'));
  throw new Error('from I/O callback');
});
