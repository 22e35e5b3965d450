const assert = require('assert');
const t = (f) => {
  try {
    f();
    console.log('passed');
  } catch (e) {
    console.log(e.name, e.code, e.operator, JSON.stringify(e.message));
  }
};
t(() => assert.throws(() => { throw new TypeError('bad'); }));
t(() => assert.throws(() => { throw new TypeError('bad'); }, TypeError));
t(() => assert.throws(() => { throw new TypeError('bad'); }, /bad/));
t(() => assert.throws(() => { throw new TypeError('bad'); }, { name: 'TypeError', message: 'bad' }));
t(() => assert.throws(() => { throw new TypeError('bad'); }, { message: /ba/ }));
t(() => assert.throws(() => { throw new TypeError('bad'); }, (e) => e instanceof TypeError));
t(() => assert.throws(() => {}));
t(() => assert.throws(() => {}, TypeError));
t(() => assert.throws(() => {}, /x/));
t(() => assert.throws(() => {}, 'msg'));
t(() => assert.throws(() => { throw new Error('a'); }, /b/));
t(() => assert.throws(() => { throw new Error('a'); }, { message: 'b' }));
t(() => assert.throws(() => { throw new Error('a'); }, RangeError));
t(() => assert.doesNotThrow(() => {}));
t(() => assert.doesNotThrow(() => { throw new Error('a'); }));
t(() => assert.doesNotThrow(() => { throw new Error('a'); }, 'because'));

async function main() {
  const at = async (f) => {
    try {
      await f();
      console.log('passed');
    } catch (e) {
      console.log(e.name, e.code, e.operator, JSON.stringify(e.message));
    }
  };
  await at(() => assert.rejects(Promise.reject(new Error('no'))));
  await at(() => assert.rejects(async () => { throw new RangeError('r'); }, RangeError));
  await at(() => assert.rejects(Promise.resolve(1)));
  await at(() => assert.rejects(async () => { throw new Error('x'); }, { message: 'y' }));
  await at(() => assert.doesNotReject(Promise.resolve(1)));
  await at(() => assert.doesNotReject(Promise.reject(new Error('nope'))));
}
main();
