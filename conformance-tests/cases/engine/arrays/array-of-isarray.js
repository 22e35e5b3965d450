// Array.of and Array.isArray and the Array constructor.
console.log(JSON.stringify(Array.of(7)), JSON.stringify(Array.of(1, 2, 3)), Array.of().length);
console.log(Array(7).length, JSON.stringify(Array(1, 2)), JSON.stringify(Array('7')));
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray(Array.prototype), Array.isArray('ab'));
console.log(Array.isArray(new Array()), Array.isArray(Object.create(Array.prototype)));
try { new Array(1.5); } catch (e) { console.log(e.name); }
