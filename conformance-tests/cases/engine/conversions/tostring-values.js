// ToString of many values.
console.log(String(null), String(undefined), String(true), String(false));
console.log(String([1, [2, [3]]]), String([null, undefined]), String({}));
console.log(String(Symbol('desc')), String(Symbol()), String(function f() {}).length > 0);
console.log(String([]), String([[]]), String([[], []]));
console.log(`${[1, 2]}`, `${null}`, `${{}}`);
console.log(String(new Date(0).getTime()));
console.log([1, 2, 3].toString(), Object.prototype.toString.call([]));
console.log(Object.prototype.toString.call(null), Object.prototype.toString.call(undefined));
console.log(Object.prototype.toString.call(1), Object.prototype.toString.call('s'), Object.prototype.toString.call(true));
console.log(Object.prototype.toString.call(function () {}), Object.prototype.toString.call(new Error('x')));
