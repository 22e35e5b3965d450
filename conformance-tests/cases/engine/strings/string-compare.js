// String comparison is by UTF-16 code units.
var words = ['banana', 'Apple', 'cherry', 'apple', '10', '9', 'Zebra', 'éclair'];
console.log(words.slice().sort().join());
console.log('a' < 'B', 'a' > 'B', 'abc' < 'abcd', '😀' > '\uffff');
console.log('Z' < 'a', '' < ' ', 'ab' === 'a' + 'b');
