// Any value can be thrown and caught unchanged.
var values = [42, 'str', null, undefined, true, { code: 1 }, [1, 2], Symbol.for('s'), function f() {}];
for (var v of values) {
  try { throw v; } catch (e) { console.log(typeof e, e === v); }
}
try { throw NaN; } catch (e) { console.log(Number.isNaN(e)); }
