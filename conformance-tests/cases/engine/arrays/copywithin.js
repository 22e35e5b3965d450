// copyWithin and lastIndexOf edge cases.
console.log([1, 2, 3, 4, 5].copyWithin(0, 3).join());
console.log([1, 2, 3, 4, 5].copyWithin(1, 0, 2).join());
console.log([1, 2, 3, 4, 5].copyWithin(-2, 0).join());
console.log([1, 2, 3].lastIndexOf(3, -1), [1, 2, 3].lastIndexOf(1, 0), [1].lastIndexOf(1, -2));
