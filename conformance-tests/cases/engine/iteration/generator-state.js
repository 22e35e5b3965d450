// A generator cannot be resumed while running and stays done after completion.
function* self() { try { me.next(); } catch (e) { yield e.name; } }
var me = self();
console.log(me.next().value);
function* thrower() { yield 1; throw new Error('inside'); }
var t = thrower();
t.next();
try { t.next(); } catch (e) { console.log(e.message); }
console.log(JSON.stringify(t.next()));
function* once() { yield 'only'; }
var o = once();
console.log([...o].join(), [...o].length);
