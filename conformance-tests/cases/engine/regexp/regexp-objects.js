// RegExp objects: constructor, lastIndex property, toString and identity.
var a = /x/g, b = new RegExp(a);
console.log(a === b, a.source === b.source, b.flags, b.lastIndex);
console.log(typeof /x/, /x/ instanceof RegExp, Object.prototype.toString.call(/x/));
console.log(RegExp('a+b').toString(), new RegExp('\\d', 'g').toString(), String(new RegExp('/')));
var re = /a/g;
re.lastIndex = 5;
console.log(re.test('aaaaaaa'), re.lastIndex, re.test('a'), re.lastIndex);
console.log(/[/]/.test('/'), /\//.source);
