// slice vs substring vs substr with negative, swapped and NaN arguments.
var s = 'abcdefg';
console.log(s.slice(2, 5), s.substring(2, 5), s.substr(2, 3));
console.log(s.slice(-3), s.substring(-3), s.substr(-3));
console.log(s.slice(5, 2) === '', s.substring(5, 2), s.substr(5, 2));
console.log(s.slice(-3, -1), s.substring(-3, -1) === '', s.substr(-3, -1) === '');
console.log(s.slice(NaN, 2), s.substring(NaN, 2), s.substr(NaN, 2));
console.log(s.slice(2), s.substring(100), s.substr(1), s.slice(0, 100));
console.log(s.slice(1.7, 3.2), s.substring('2', '4'));
