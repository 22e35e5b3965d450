console.log(typeof require('fs').readFile, typeof require('node:fs').readFile);
console.log(require('fs') === require('node:fs'));
console.log(typeof require('path').join, typeof require('os').tmpdir, typeof require('util').inspect);
console.log(require('path').join('/a/b', '../c', './d.txt'));
console.log(require('path').extname('x/y.tar.gz'), require('path').dirname('/a/b/c'));
console.log(require('path').basename('/a/b/file.js', '.js'));
