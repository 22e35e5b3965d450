const greet = require('./lib/replace-exports');
console.log(greet('world'), greet.version, typeof greet);
