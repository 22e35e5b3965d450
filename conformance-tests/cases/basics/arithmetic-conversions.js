// Non-+ arithmetic operators convert strings and other primitives to numbers.
console.log('3' * '4');
console.log('10' / '4');
console.log('5' - 2);
console.log('5' - '7');
console.log('abc' * 2);
console.log('' * 5);
console.log(' 12 ' * 1);
console.log(true * 3);
console.log(null * 3);
console.log(undefined * 3);
console.log('0x10' * 1);
console.log('1e3' - 0);
console.log(-'5');
console.log(-'');
console.log(-true);
console.log(-null);
console.log('7' % '4');
