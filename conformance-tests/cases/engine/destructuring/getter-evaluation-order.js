// Object pattern properties are read in pattern order, once each.
var log = [];
var src = {
  get a() { log.push('a'); return 1; },
  get b() { log.push('b'); return 2; },
  get c() { log.push('c'); return 3; }
};
var { c, a } = src;
console.log(a, c, log.join());
log = [];
var { b, ...rest } = src;
console.log(b, JSON.stringify(rest), log.join());
