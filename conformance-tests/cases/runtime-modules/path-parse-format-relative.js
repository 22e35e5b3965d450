const path = require('path');
for (const p of ['', '/', 'f.txt', '/f', '/a/b/', '.bashrc', 'a/..', '..', '/x/y.tar.gz', 'a//b.c/']) {
  console.log(JSON.stringify(p), path.parse(p));
}
console.log(path.format({ name: 'a', ext: 'js' }), path.format({ root: '/', dir: '/', base: 'x' }),
  path.format({ root: '/', name: 'n', ext: '.e' }), JSON.stringify(path.format({})),
  path.format({ dir: 'd', base: 'b', name: 'ignored' }));
console.log([path.relative('/a/b', '/a/b'), path.relative('/a/b/c', '/a'), path.relative('/a', '/a/b/c'),
  path.relative('/', '/x'), path.relative('/x/', '/'), path.relative('/ab', '/a'), path.relative('a/b', 'a/c')]);
console.log(path.extname('..'), path.extname('a.'), path.extname('.x.y'));
try {
  path.format('x');
} catch (e) {
  console.log(e.name, e.code);
}
