// Writing length truncates or extends; index writes grow length.
var a = [1, 2, 3, 4, 5];
a.length = 2;
console.log(JSON.stringify(a), String(a[3]));
a.length = 4;
console.log(a.length, 3 in a, JSON.stringify(a));
a[9] = 'x';
console.log(a.length);
a['10'] = 'y';
console.log(a.length);
a['1.5'] = 'not index';
a[-1] = 'neg';
console.log(a.length, a[-1]);
try { a.length = -1; } catch (e) { console.log(e.name); }
try { a.length = 1.5; } catch (e) { console.log(e.name); }
try { new Array(-1); } catch (e) { console.log(e.name); }
var b = [];
b.length = '3';
console.log(b.length, new Array(3).length, new Array(3, 4).length, new Array('3').length);
var frozenLen = Object.defineProperty([1, 2], 'length', { writable: false });
try { frozenLen.push(3); } catch (e) { console.log(e.name, frozenLen.length); }
