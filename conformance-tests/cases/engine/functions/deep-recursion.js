// Unbounded recursion throws a catchable RangeError and execution continues.
function down(n) { return down(n + 1) + 1; }
try { down(0); } catch (e) { console.log(e instanceof RangeError, e.name); }
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log(depth(1000));
try { down(0); } catch (e) { console.log('again', e.name); }
