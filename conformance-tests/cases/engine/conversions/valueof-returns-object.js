// If valueOf returns an object, toString is used; if both do, TypeError.
var a = { valueOf() { return {}; }, toString() { return '7'; } };
console.log(a * 2, a + 1);
var b = { valueOf() { return {}; }, toString() { return {}; } };
try { b + 1; } catch (e) { console.log(e.name); }
try { String(b); } catch (e) { console.log(e instanceof TypeError); }
var c = Object.create(null);
try { c + ''; } catch (e) { console.log(e.name); }
var d = { toString: undefined, valueOf() { return 'v'; } };
console.log(String(d));
