// filter, map and forEach receive (value, index, array) and thisArg.
var a = [1, 2, 3, 4];
console.log(a.filter(x => x % 2 === 0).join(), a.map((x, i) => x * i).join());
var args = [];
a.forEach(function (v, i, arr) { args.push(v + '@' + i + '/' + arr.length + this.tag); }, { tag: '!' });
console.log(args.join(' '));
console.log(String(a.forEach(x => x)));
var grow = [1, 2, 3];
var visits = 0;
grow.forEach(v => { visits++; if (grow.length < 6) grow.push(v); });
console.log(visits, grow.length);
var shrink = [1, 2, 3, 4];
var sv = [];
shrink.forEach(v => { sv.push(v); shrink.pop(); });
console.log(sv.join());
console.log(['1', '2', '3'].map(parseInt).join(), ['1', '2', '3'].map(Number).join());
try { a.map(5); } catch (e) { console.log(e.name); }
