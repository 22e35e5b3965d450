// Errors thrown mid-expression abandon evaluation at that point.
var log = [];
function t(v) { log.push(v); return v; }
function boom() { throw new Error('boom'); }
try { var r = t(1) + boom() + t(3); } catch (e) { console.log(e.message, log.join(), String(r)); }
log = [];
var arr = [];
try { arr.push(t('a'), boom(), t('c')); } catch (e) { console.log(arr.length, log.join()); }
var obj = { a: 1 };
try { obj.b = boom(); } catch (e) { console.log('b' in obj); }
try { obj[boom()] = 1; } catch (e) { console.log(Object.keys(obj).join()); }
