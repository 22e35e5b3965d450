// catch without a binding, and catch parameter scoping.
try { throw 1; } catch { console.log('caught without binding'); }
var e = 'outer';
try { throw 'inner'; } catch (e) { console.log(e); var e = 'assigned in catch'; }
console.log(e);
try { throw 1; } catch (err) { let err2 = err + 1; console.log(err2); }
console.log(typeof err);
function parse(s) { try { return JSON.parse(s); } catch { return 'invalid'; } }
console.log(parse('[1]').length, parse('{'));
