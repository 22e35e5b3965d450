// parseInt with whitespace, signs, prefixes and radix.
console.log(parseInt('42'), parseInt('  42  '), parseInt('42px'));
console.log(parseInt('-17'), parseInt('+17'), parseInt('0x1F'), parseInt('0X1f'));
console.log(parseInt('ff', 16), parseInt('0xff', 16), parseInt('z', 36));
console.log(parseInt('101', 2), parseInt('2', 2), parseInt('12', 2));
console.log(parseInt(''), parseInt('abc'), parseInt('-'));
console.log(parseInt('3.99'), parseInt('-3.99'), parseInt('1e3'));
console.log(parseInt('08'), parseInt('010'));
console.log(parseInt(0.0000005), parseInt('123', 0), parseInt('123', 1));
console.log(parseInt('123', 37), parseInt('\n\t 7'));
console.log(parseInt(null), parseInt('Infinity'));
console.log(Number.parseInt === parseInt);
console.log(parseInt('9007199254740993'));
