// Catching per iteration keeps a loop going; errors carry custom properties.
var results = [];
for (var s of ['1', 'x', '[2]', '{']) {
  try { results.push(JSON.stringify(JSON.parse(s))); } catch (e) { results.push(e.name); }
}
console.log(results.join(' '));
function validate(n) {
  if (typeof n !== 'number') { var e = new TypeError('not a number: ' + n); e.code = 'E_TYPE'; throw e; }
  if (n < 0) throw Object.assign(new RangeError('negative'), { code: 'E_RANGE' });
  return n;
}
for (var v of [1, 'a', -1]) {
  try { console.log('ok', validate(v)); } catch (e) { console.log(e.name, e.message, e.code); }
}
