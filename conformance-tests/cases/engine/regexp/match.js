// String.prototype.match with and without g, and matchAll.
console.log(JSON.stringify('a1b22c333'.match(/\d+/g)));
var single = 'a1b22'.match(/(\d)(\d)?/);
console.log(single[0], single[1], String(single[2]), single.index);
console.log('xyz'.match(/\d/g), 'xyz'.match(/\d/));
var all = [...'k1=v1;k2=v2'.matchAll(/(\w+)=(\w+)/g)].map(m => m[1] + ':' + m[2] + '@' + m.index);
console.log(all.join(' '));
try { 'a'.matchAll(/a/); } catch (e) { console.log(e.name); }
console.log(JSON.stringify('aaa'.match(/a*?/g)));
