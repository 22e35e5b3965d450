// Number() and unary + on many primitive inputs.
var inputs = ['', ' ', '12', ' 12 ', '1e3', '0x10', '0b11', '0o7', '-0x10', '1_0', '.', '+.5', 'Infinity', '-Infinity', 'infinity', '12px', '\n42\t'];
for (var i = 0; i < inputs.length; i++) console.log(JSON.stringify(inputs[i]), String(Number(inputs[i])));
console.log(String(+'1e1000'), String(-'  -0x0'), String(+'0.0000001'));
console.log(+true, +false, +null, String(+undefined), +[], +[5], String(+[1, 2]));
