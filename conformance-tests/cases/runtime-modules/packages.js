// require of packages: a bare name from node_modules (package.json "main", or index.js), a directory with a
// package.json, and the MODULE_NOT_FOUND error for a package that is not there.
console.log(require('./lib/package-user.js'));
try { require('no-such-package'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
