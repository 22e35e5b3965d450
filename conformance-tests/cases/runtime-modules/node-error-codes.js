// node's internal errors carry their code in String(e) and in the stack's header, as own "code".
const show = (f) => { try { f(); } catch (e) { console.log(String(e), '|', e.name, e.code, Object.keys(e), e.stack.split('\n')[0]); } };
show(() => require('path').join(1));
show(() => require('events').prototype.on.call(new (require('events'))(), 'x', 5));
show(() => new (require('events'))().emit('error', 'str'));
show(() => require('util').inherits(1));
show(() => require('assert').strictEqual());
show(() => structuredClone());
show(() => require('fs').readFileSync());
show(() => setTimeout('x'));
