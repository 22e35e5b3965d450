// ToPrimitive consults valueOf before toString for numeric hints and + .
var log = [];
var o = {
  valueOf() { log.push('valueOf'); return 42; },
  toString() { log.push('toString'); return 'str'; }
};
console.log(o + 1, log.join(','));
log = [];
console.log(`${o}`, log.join(','));
log = [];
console.log(String(o), log.join(','));
log = [];
console.log(o * 2, log.join(','));
log = [];
console.log(o > 41, log.join(','));
log = [];
var k = {}; k[o] = 1;
console.log(Object.keys(k).join(), log.join(','));
