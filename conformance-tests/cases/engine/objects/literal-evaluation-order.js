// Object literals evaluate in source order: a computed key is converted to a property key before its
// value runs; a spread copies the source's properties at its own place, before later members run.
const log = [];
const k = { toString() { log.push('key'); return 'k'; } };
const o = { [k]: (log.push('value'), 1) };
console.log(log.join(','), o);
const src = { a: 1, get g() { log.push('getter'); return 'g'; } };
log.length = 0;
const r = { ...src, b: (src.a = 2, log.push('b'), 3), ...src };
console.log(r, log.join(','));
const s = { a: 1 };
const t = { ...s, a2: (s.a = 'changed') };
console.log(t);
try {
  ({ [{ toString() { throw new Error('key fails'); } }]: log.push('never') });
} catch (e) {
  console.log(e.message, log.includes('never'));
}
console.log({ ...'hi', ...[7, 8], ...null, ...undefined, ...5 });
const sym = Symbol('s');
console.log({ [sym]: 1, [1 + 1]: 'two', ['x' + 'y']: 'xy', [sym.description]: 's' });
