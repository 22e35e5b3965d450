// Unbounded async recursion rejects with a catchable RangeError; a deep but bounded await chain works.
async function a(n) { return a(n + 1); }
a(0).catch(e => console.log('caught', e.constructor.name, e.message));
async function b(n) { if (n > 0) await b(n - 1); return n; }
b(2000).then(v => console.log('deep but fine', v));
