// Error.stackTraceLimit, read from the intrinsic Error when an error is made: it caps the frames; 0 leaves
// the header only; a value that is not a number (or no property) means errors have no stack at all.
function f(n) { if (!n) return new Error('x'); return f(n - 1); }
const frames = (e) => (e.stack === undefined ? 'no stack' : e.stack.split('\n').filter((l) => l.includes('at f ')).length);
console.log(Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit'), frames(f(20)));
Error.stackTraceLimit = 3;
console.log(frames(f(20)));
Error.stackTraceLimit = 2.7;
console.log(frames(f(20)));
Error.stackTraceLimit = 0;
console.log(JSON.stringify(f(2).stack), JSON.stringify(new TypeError('t').stack));
Error.stackTraceLimit = -5;
console.log(JSON.stringify(f(2).stack));
Error.stackTraceLimit = Infinity;
console.log(frames(f(30)));
Error.stackTraceLimit = '4';
console.log(frames(f(2)), 'stack' in f(2), f(2));
delete Error.stackTraceLimit;
const o = {};
Error.captureStackTrace(o);
console.log(frames(f(2)), o.stack, Object.keys(o));
try { null.x; } catch (e) { console.log(e.stack, e.message); }
Error.stackTraceLimit = 10;
console.log(frames(f(20)));
