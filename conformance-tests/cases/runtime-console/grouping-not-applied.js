// Entries of very different lengths are not grouped.
console.log(['a', 'b', 'c', 'd', 'e', 'f', 'a much much longer string than the others, really very long']);
console.log([{ a: 1 }, { b: 2 }, { c: 3 }, { d: 4 }, { e: 5 }, { f: 6 }, { g: 7 }]);
