// util.promisify (with the custom symbol), timers/promises, the timers module's functions are the globals,
// global, and process's tag.
const util = require('util');
const timers = require('timers');
const { setTimeout: sleep, setImmediate: soon } = require('timers/promises');
console.log(timers.setTimeout === setTimeout, global === globalThis, Object.prototype.toString.call(process));
function legacy(a, b, cb) { setTimeout(() => cb(null, a + b), 1); }
function failing(cb) { cb(new Error('failed')); }
function custom() {}
custom[util.promisify.custom] = () => Promise.resolve('custom!');
const order = [];
(async () => {
  console.log('sum', await util.promisify(legacy)(2, 3));
  try { await util.promisify(failing)(); } catch (e) { console.log('rejected', e.message); }
  console.log(await util.promisify(custom)(), util.promisify(custom) === custom[util.promisify.custom]);
  const fs = require('fs');
  const readFile = util.promisify(fs.readFile);
  console.log('readFile', typeof (await readFile(__filename, 'utf8')));
  const v = await sleep(5, 'slept');
  console.log(v, await soon('immediate value'));
  sleep(10).then(() => order.push('timeout 10'));
  sleep(1).then(() => order.push('timeout 1'));
  soon().then(() => order.push('immediate'));
  await sleep(30);
  console.log(order.join(', '), typeof util.promisify.custom);
})();
try { util.promisify(5); } catch (e) { console.log(e.code); }
