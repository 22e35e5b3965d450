// The g and y flags make exec/test stateful through lastIndex.
var re = /o/g;
var s = 'foo boo';
var hits = [];
var m;
while ((m = re.exec(s)) !== null) hits.push(m.index + '@' + re.lastIndex);
console.log(hits.join(' '), re.lastIndex);
var t = /a/g;
console.log(t.test('aa'), t.lastIndex, t.test('aa'), t.lastIndex, t.test('aa'), t.lastIndex);
var y = /b/y;
console.log(y.test('ab'), y.lastIndex);
y.lastIndex = 1;
console.log(y.test('ab'), y.lastIndex);
var sticky = /\d/y;
var digits = [];
while ((m = sticky.exec('123a4')) !== null) digits.push(m[0]);
console.log(digits.join());
