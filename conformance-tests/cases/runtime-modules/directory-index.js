console.log(require('./lib/dir'));
console.log(require('./lib/dir/') === require('./lib/dir/index.js'));
