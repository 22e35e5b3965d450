// Engine-thrown errors have the right constructor.
function check(label, fn) { try { fn(); console.log(label, 'no error'); } catch (e) { console.log(label, e.name, e instanceof Error); } }
check('undefined var', () => notDefined);
check('call non-function', () => { var x = 1; x(); });
check('property of undefined', () => { var u; return u.p; });
check('property of null', () => null.p);
check('new non-constructor', () => new Math.max());
check('invalid array length', () => new Array(-5));
check('bad radix', () => (1).toString(0));
check('JSON parse', () => JSON.parse('{bad'));
check('cyclic stringify', () => { var o = {}; o.o = o; JSON.stringify(o); });
check('symbol to number', () => +Symbol());
check('set on null', () => { null.x = 1; });
check('ok', () => 1);
