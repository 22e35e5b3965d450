// Module code is always strict: this is undefined and assigning an undeclared name throws.
console.log(typeof this);
try { undeclaredName = 1; } catch (e) { console.log(e.name); }
function f() { return this; }
console.log(f());
