const data = require('./lib/data.json');
console.log(data);
console.log(require('./lib/data') === data);
