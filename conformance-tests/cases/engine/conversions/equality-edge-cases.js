// Edge cases of == involving null, undefined, NaN, booleans and objects with toPrimitive.
console.log(null == undefined, null === undefined, null == null, undefined == undefined);
console.log(NaN == false, NaN == 0, '' == 0, '\n' == 0, 'false' == false);
console.log([] == ![], [0] == false, ['0'] == false, [1] == true, [2] == true);
var o = { [Symbol.toPrimitive]: h => h === 'default' ? 'def' : 0 };
console.log(o == 'def', o == 0, o === o);
console.log(undefined == false, null == '', 0 == -0, Infinity == '1e1000');
