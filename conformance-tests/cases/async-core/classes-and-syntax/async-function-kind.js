// Async functions report their kind; calling one always returns a new promise.
async function named() {}
const arrow = async () => {};
const obj = { async method() {} };
console.log(typeof named, named.name, named.constructor.name);
console.log(arrow.name, obj.method.name, obj.method.constructor.name);
const p1 = named();
const p2 = named();
console.log(p1 instanceof Promise, p1 !== p2);
console.log('has prototype property', named.prototype === undefined ? 'no' : 'yes');
