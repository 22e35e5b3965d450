// Binary + with mixed operand types.
console.log(1 + '2', '1' + 2, 1 + 2 + '3', '1' + 2 + 3);
console.log(1 + true, 1 + null, String(1 + undefined), 'a' + null, 'a' + undefined);
console.log([] + [], JSON.stringify([] + {}), [1, 2] + [3]);
console.log(true + true, 'x' + true, null + null);
console.log({} + 'x', [,] + 'y', [null] + 'z', [undefined, 1] + '');
console.log(1 + [2], 1 + {});
var d = { valueOf() { return 5; }, toString() { return 'T'; } };
console.log(d + 1, d + '1', [d] + '');
try { Symbol('s') + ''; } catch (e) { console.log(e.name); }
console.log(Symbol('s').toString() + '!');
