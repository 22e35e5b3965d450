// V8's messages for destructuring null/undefined (naming the first property; nested patterns as a read) and
// for iterating non-iterables (the iterable as written; built-ins name the type).
const tests = [
  () => { const { a } = null; },
  () => { const { a, b } = undefined; },
  () => { const {} = null; },
  () => { const [x] = null; },
  () => { const { a: { b } } = {}; },
  () => { function f({ x }) {} f(); },
  () => { let q; ({ q } = null); },
  () => { const { ['k' + 1]: v } = null; },
  () => { [...{}]; },
  () => { const o = {}; [...o]; },
  () => { for (const x of 5) {} },
  () => { new Map({}); },
];
for (const t of tests) { try { t(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
for (const t of [() => Object.fromEntries(true), () => new Set(1), () => new WeakMap(2), () => { for (const x of obj.missing) {} }, () => [...[].x]]) {
  try { t(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
Promise.all(5).catch(e => console.log(e.constructor.name + ': ' + e.message));
var obj = {};
