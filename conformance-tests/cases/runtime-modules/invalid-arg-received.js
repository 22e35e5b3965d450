// The "Received ..." part of node's ERR_INVALID_ARG_TYPE: a class instance by its constructor, strings
// quoted (with double quotes when they hold a single quote), functions by name, numbers with their type.
const path = require('path');
const show = (f) => { try { f(); } catch (e) { console.log(e.code, e.message.slice(e.message.indexOf('Received'))); } };
show(() => path.join(new (class Foo {})()));
show(() => path.join(Object.create(null)));
show(() => path.join([1]));
show(() => path.basename('a', 5));
show(() => path.extname(function named() {}));
show(() => require('path').dirname(-0));
show(() => require('events').prototype.on.call({}, 'x', "it's"));
show(() => require('fs').writeFileSync('/tmp/minijs-recv-test', Symbol('s')));
