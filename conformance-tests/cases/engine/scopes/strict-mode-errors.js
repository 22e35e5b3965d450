// Strict mode turns silent failures into TypeError/ReferenceError.
'use strict';
try { undeclared = 1; } catch (e) { console.log('implicit global', e.name); }
var frozen = Object.freeze({ a: 1 });
try { frozen.a = 2; } catch (e) { console.log('frozen write', e.name); }
try { frozen.b = 2; } catch (e) { console.log('frozen add', e.name); }
var getterOnly = { get x() { return 1; } };
try { getterOnly.x = 2; } catch (e) { console.log('getter only', e.name); }
try { delete Object.prototype; } catch (e) { console.log('delete', e.name); }
try { 'str'.prop = 1; } catch (e) { console.log('primitive', e.name); }
console.log((function () { return typeof this; })());
