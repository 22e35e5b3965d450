// The string methods hand objects to their @@split/@@replace/@@match/@@search methods; RegExpExec calls a
// program's own exec; sticky split; RegExp subclasses.
console.log('abc'.split({ [Symbol.split](s, lim) { return 'custom ' + s + ' ' + lim; } }, 2));
console.log('abc'.replace({ [Symbol.replace](s, r) { return s + r; } }, 'X'));
console.log('abc'.match({ [Symbol.match](s) { return ['m:' + s]; } }), 'abc'.search({ [Symbol.search]() { return 42; } }));
const r = /a/g; r.exec = () => null; console.log('aaa'.replace(r, 'b'), r.test('a'));
const r2 = /a/; r2.exec = function (s) { return { 0: 'A!', length: 1, index: 0 }; }; console.log('xa'.replace(r2, '[$&]'), 'xa'.match(r2)[0]);
console.log('xaxb'.split(/a/y), 'a,b;c'.split(/[,;]/), 'abc'.split(/(b)/), 'test'.split(/(?:)/u));
console.log('aaa'.replace(/a/g, (m, i) => i), 'x-y'.replaceAll('-', '+'), 'aXbX'.replaceAll(/x/gi, '_'));
try { 'a'.replaceAll(/a/, 'b'); } catch (e) { console.log(e.constructor.name, e.message); }
try { 'a'.matchAll(/a/); } catch (e) { console.log(e.constructor.name, e.message); }
console.log([...'a1b2'.matchAll(/\d/g)].map(m => m[0] + '@' + m.index), 'abc'.match(/b/).index, 'abc'.search('c'));
console.log(typeof RegExp.prototype[Symbol.replace], RegExp.prototype[Symbol.split].name, /x/[Symbol.match]('xyx'));
class MyRe extends RegExp { [Symbol.replace](s, r) { return 'sub:' + super[Symbol.replace](s, r); } }
console.log('aba'.replace(new MyRe('a', 'g'), 'c'));
