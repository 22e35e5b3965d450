const later = require('./lib/uses-timers');
later('first').then((v) => console.log(v));
console.log('waiting');
