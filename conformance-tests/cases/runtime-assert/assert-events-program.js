// A program mixing assert/strict, an EventEmitter subclass with async draining, events.once and util.promisify(setTimeout).
const assert = require('assert/strict');
const { EventEmitter, once } = require('events');
const util = require('util');

class Queue extends EventEmitter {
  #items = [];
  push(x) { this.#items.push(x); this.emit('push', x, this.#items.length); }
  async drain() {
    while (this.#items.length) {
      const x = this.#items.shift();
      await null;
      this.emit('item', x);
    }
    this.emit('empty');
  }
}

async function main() {
  const q = new Queue();
  const seen = [];
  q.on('push', (x, n) => seen.push(`push ${x}/${n}`));
  q.on('item', (x) => seen.push(`item ${x}`));
  q.push('a'); q.push('b');
  const emptied = once(q, 'empty');
  q.drain();
  await emptied;
  assert.deepEqual(seen, ['push a/1', 'push b/2', 'item a', 'item b']);
  console.log(seen);
  await assert.rejects(async () => { await null; throw new TypeError('nope'); }, { name: 'TypeError', message: /no/ });
  assert.throws(() => assert.equal(1, '1'), assert.AssertionError);
  const sleep = util.promisify(setTimeout);
  const t0 = Date.now();
  await sleep(5);
  assert.ok(Date.now() - t0 >= 4);
  try {
    assert.deepEqual({ list: [1, 2, { x: 'y' }] }, { list: [1, 2, { x: 'z' }] });
  } catch (e) {
    console.log(e.message);
  }
  console.log(util.inspect(new Queue(), { depth: 0 }));
  console.log(util.types.isPromise(emptied), util.isDeepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])));
}
main().then(() => console.log('ok'), (e) => console.log('FAILED', e));
console.log(setTimeout, require('util').promisify(setImmediate) === require('timers/promises').setImmediate);
