const timers = require('timers');
console.log(typeof timers.setTimeout, typeof timers.setImmediate, typeof timers.clearInterval);
timers.setTimeout(() => console.log('from timers module'), 1);
