// Mutating nested objects through references vs copies.
var original = { a: 1, nested: { b: 2 }, list: [1, 2] };
var shallow = Object.assign({}, original);
var deep = JSON.parse(JSON.stringify(original));
original.a = 10;
original.nested.b = 20;
original.list.push(3);
console.log(JSON.stringify(shallow));
console.log(JSON.stringify(deep));
var alias = original;
alias.a = 100;
console.log(original.a, alias === original, shallow === original);
