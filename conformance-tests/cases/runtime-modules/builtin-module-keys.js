// Built-in modules' functions are enumerable properties, in node's order (path.win32 and the experimental
// path.matchesGlob are not provided).
const path = require('path');
console.log(Object.keys(path).filter((k) => k !== 'win32' && k !== 'matchesGlob'));
console.log(path.toNamespacedPath('/a'), path.posix === path, path._makeLong('x'));
const fs = require('fs');
console.log(['readFile', 'readFileSync', 'existsSync', 'statSync', 'promises'].map((k) => Object.keys(fs).includes(k)));
console.log(Object.keys(fs.promises).includes('readFile'), Object.keys(require('os')).includes('tmpdir'));
