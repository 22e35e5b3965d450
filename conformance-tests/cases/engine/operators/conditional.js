// The conditional operator nests right-associatively and is lazy.
function classify(n) { return n < 0 ? 'neg' : n === 0 ? 'zero' : n < 10 ? 'small' : 'big'; }
console.log(classify(-3), classify(0), classify(5), classify(50));
var hits = [];
var r = true ? (hits.push('a'), 1) : (hits.push('b'), 2);
console.log(r, hits.join(''));
var x = 0;
var y = x ? 'yes' : '' ? 'empty' : 'fallback';
console.log(y);
console.log([] ? 'obj-truthy' : 'no', NaN ? 'x' : 'nan-falsy');
