// Object destructuring with renaming, defaults and missing keys.
var { a, b: renamed, c = 'defC', d: { e } = { e: 'defE' } } = { a: 1, b: 2 };
console.log(a, renamed, c, e);
const { length } = 'hello';
console.log(length);
let { x = 1, y = x + 1 } = {};
console.log(x, y);
var { z = 'default' } = { z: null };
var { w = 'default' } = { w: undefined };
console.log(String(z), w);
var { toString: ts } = 5;
console.log(ts === Number.prototype.toString);
try { var { p } = null; } catch (err) { console.log(err.name); }
try { let { q } = undefined; } catch (err) { console.log(err.name); }
