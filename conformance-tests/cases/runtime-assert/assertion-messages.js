// require('assert'): what passes, and the message, code and operator of what fails.
const assert = require('assert');
const t = (f) => {
  try {
    f();
    console.log('passed');
  } catch (e) {
    console.log(e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message));
  }
};
t(() => assert(true));
t(() => assert.ok(1));
t(() => assert.strictEqual(NaN, NaN));
t(() => assert.equal(1, '1'));
t(() => assert.deepStrictEqual({ a: [1, { b: new Map([[1, 2]]) }] }, { a: [1, { b: new Map([[1, 2]]) }] }));
t(() => assert.deepEqual({ a: 1 }, { a: '1' }));
t(() => assert.notDeepStrictEqual({ a: 1 }, { a: '1' }));
t(() => assert.strictEqual(1, 2));
t(() => assert.strictEqual('a', 'b'));
t(() => assert.equal(1, 2));
t(() => assert.notStrictEqual(1, 1));
t(() => assert.notEqual(1, 1));
t(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
t(() => assert.deepStrictEqual([1, 2], [1, 3]));
t(() => assert.deepEqual({ a: 1 }, { a: 2 }));
t(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
t(() => assert(false, 'custom'));
t(() => assert.ok());
t(() => assert.strictEqual('a'.repeat(20), 'b'.repeat(20)));
t(() => assert.strictEqual(123456, 1234567));
t(() => assert.strictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
t(() => assert.deepStrictEqual({ a: 1, b: [1, 2], c: 'x' }, { a: 1, b: [1, 3], c: 'x' }));
t(() => assert.deepStrictEqual(1, 2));
t(() => assert.deepStrictEqual(new Set([1]), new Set([2])));
t(() => assert.strictEqual(1, '1'));
t(() => assert.strictEqual({ a: 1 }, { a: 1 }));
t(() => assert.strictEqual(1, 2, 'mine'));
t(() => assert.deepStrictEqual(new Date(0), new Date(1)));
t(() => assert.deepStrictEqual(Object.create(null), {}));
t(() => assert.deepStrictEqual([1, , 3], [1, undefined, 3]));
t(() => assert.deepEqual(new Set([{ a: 1 }]), new Set([{ a: 1 }])));
t(() => assert.deepStrictEqual(-0, 0));
t(() => assert.deepEqual(-0, 0));
const cyc1 = { name: 'c' }; cyc1.self = cyc1;
const cyc2 = { name: 'c' }; cyc2.self = cyc2;
t(() => assert.deepStrictEqual(cyc1, cyc2));
t(() => assert.match('abc', /x/));
t(() => assert.doesNotMatch('abc', /b/));
t(() => assert.match('abc', /b/));
t(() => assert.fail());
t(() => assert.fail('boom'));
t(() => assert.ifError(null));
t(() => assert.ifError(new Error('e')));
t(() => assert.ifError('e'));
t(() => assert.strictEqual(1));
t(() => assert.strict.equal(1, '1'));
// (CallTracker, deprecated in node 20, is not provided)
console.log(Object.keys(assert).filter((k) => k !== 'CallTracker'));
console.log(require('assert/strict') === assert.strict, assert.strict.strict === assert.strict);
