// Invalid dates: NaN time value, toISOString throws RangeError, toJSON gives null.
var bad = new Date(NaN);
console.log(String(bad.getTime()), String(bad.getUTCFullYear()), isNaN(bad));
try { bad.toISOString(); } catch (e) { console.log(e.name); }
console.log(bad.toJSON(), JSON.stringify({ d: bad }), String(bad));
console.log(String(new Date(8.64e15 + 1).getTime()), new Date(8.64e15).toISOString());
console.log(new Date(-8.64e15).toISOString());
