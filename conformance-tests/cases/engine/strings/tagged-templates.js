// Tagged templates receive cooked strings, raw strings and values.
function tag(strings, ...values) {
  return JSON.stringify(strings) + ' ' + JSON.stringify(strings.raw) + ' ' + JSON.stringify(values);
}
console.log(tag`a${1}b${'two'}c`);
console.log(tag`\n${0}`);
console.log(tag``);
console.log(tag`${1}${2}`);
function first(s) { return s; }
var s1 = first`same`;
console.log(Object.isFrozen(s1), Array.isArray(s1.raw), s1.length);
function cache(s) { return s; }
function call() { return cache`x`; }
console.log(call() === call());
var member = { t(s, v) { return this.name + s[0] + v; }, name: 'M' };
console.log(member.t`:${42}`);
console.log(tag`bad \unicode`);
