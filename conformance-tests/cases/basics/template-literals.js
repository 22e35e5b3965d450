// Template literals with substitutions (no nesting).
var name = 'world';
var n = 3;
console.log(`hello ${name}`);
console.log(`${n} + ${n} = ${n + n}`);
console.log(`a${1}b${2}c`);
console.log(`plain`);
console.log(`${null} ${undefined} ${true}`);
console.log(`${0.1 + 0.2}`);
console.log(`${-0}`);
console.log(`${'x' + 'y'}`);
console.log(`multi
line`);
var f = function (a) { return a * 2; };
console.log(`call: ${f(21)}`);
console.log(`${n > 2} ${typeof name}`);
console.log(`dollar $ and brace { }`);
console.log(`${''}` === '');
