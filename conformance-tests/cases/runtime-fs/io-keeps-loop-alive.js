const fs = require('fs');
process.on('beforeExit', () => console.log('beforeExit only once the read completed'));
fs.readFile(__filename, 'utf8', (err, text) => console.log('read', text.length > 0));
