// console.log of empty containers, and of no arguments at all.
console.log({});
console.log([]);
console.log();
console.log('after blank line');
console.log([], {});
