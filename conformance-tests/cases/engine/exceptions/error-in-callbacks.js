// Exceptions propagate out of array callbacks, getters and constructors.
try { [1, 2, 3].forEach(x => { if (x === 2) throw new Error('at ' + x); }); } catch (e) { console.log(e.message); }
var o = { get bad() { throw new Error('getter threw'); } };
try { o.bad; } catch (e) { console.log(e.message); }
class C { constructor() { throw new Error('ctor threw'); } }
var inst = 'unchanged';
try { inst = new C(); } catch (e) { console.log(e.message, inst); }
try { [3, 1, 2].sort(() => { throw new Error('cmp threw'); }); } catch (e) { console.log(e.message); }
try { JSON.parse('[1]', () => { throw new Error('reviver threw'); }); } catch (e) { console.log(e.message); }
try { JSON.stringify({ toJSON() { throw new Error('toJSON threw'); } }); } catch (e) { console.log(e.message); }
