// String.fromCharCode truncates to 16 bits.
console.log(String.fromCharCode(72, 105), String.fromCharCode(), String.fromCharCode(65 + 65536));
console.log(String.fromCharCode(0xd83d, 0xde00) === '😀', String.fromCharCode('66'));
console.log(String.fromCharCode(-1).charCodeAt(0), String.fromCharCode(65.9));
var codes = [];
for (var c of 'Hey') codes.push(c.charCodeAt(0));
console.log(codes.join(), String.fromCharCode(...codes));
