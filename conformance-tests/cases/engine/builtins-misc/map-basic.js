// Map keeps insertion order and uses SameValueZero for keys.
var m = new Map();
var objKey = {};
m.set('a', 1).set(1, 'num').set('1', 'str').set(objKey, 'obj').set(NaN, 'nan').set(-0, 'zero');
console.log(m.size, m.get(1), m.get('1'), m.get(objKey), m.get({}), m.get(NaN), m.get(0));
console.log([...m.keys()].map(k => typeof k).join());
console.log(m.has('a'), m.delete('a'), m.delete('a'), m.has('a'), m.size);
m.set(1, 'updated');
console.log([...m.values()].join());
var fe = [];
m.forEach(function (v, k, map) { fe.push(String(k) + '=' + v + (map === m)); });
console.log(fe.join(' '));
m.clear();
console.log(m.size, String(m.get(1)));
console.log(Object.is([...new Map([[-0, 1]]).keys()][0], 0));
