const util = require('util');
const EventEmitter = require('events');
function Old() { EventEmitter.call(this); }
util.inherits(Old, EventEmitter);
const o = new Old();
o.on('x', (v) => console.log('x', v));
o.emit('x', 1);
console.log(Old.super_ === EventEmitter, o instanceof EventEmitter);
console.log(util.isDeepStrictEqual({ a: [1] }, { a: [1] }), util.isDeepStrictEqual([1], ['1']));
const t = util.types;
console.log(t.isPromise(Promise.resolve()), t.isPromise({ then() {} }), t.isDate(new Date()), t.isRegExp(/x/),
  t.isMap(new Map()), t.isSet(new Map()), t.isAsyncFunction(async () => {}), t.isGeneratorFunction(function* () {}),
  t.isNativeError(new TypeError()), t.isNativeError({ name: 'Error' }), t.isBoxedPrimitive(Object(1)),
  t.isGeneratorObject((function* () {})()), t.isWeakMap(new WeakMap()), t.isMapIterator(new Map().keys()));
const cb = util.callbackify(async (x) => x * 2);
cb(21, (err, v) => console.log('callbackified', err, v));
const cbFail = util.callbackify(async () => { throw new Error('no'); });
cbFail((err) => console.log('callbackified error', err.message));
const cbFalsy = util.callbackify(() => Promise.reject(null));
cbFalsy((err) => console.log(err.code, err.reason));
console.log(cb.name);
const dep = util.deprecate(() => 'still works', 'old thing', 'DEP0');
console.log(dep(), dep());
process.nextTick(() => console.log('tick'));
