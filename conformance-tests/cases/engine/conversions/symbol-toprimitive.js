// Symbol.toPrimitive receives the hint and takes precedence.
var hints = [];
var o = {
  [Symbol.toPrimitive](hint) { hints.push(hint); return hint === 'number' ? 10 : hint === 'string' ? 'S' : 'D'; },
  valueOf() { return 99; }
};
console.log(+o, `${o}`, o + '', o * 1, String(o));
console.log(o == 'D', o < 11);
console.log(hints.join(','));
var bad = { [Symbol.toPrimitive]() { return {}; } };
try { bad + 1; } catch (e) { console.log(e.name); }
var notFn = { [Symbol.toPrimitive]: 5 };
try { notFn + 1; } catch (e) { console.log(e.name); }
