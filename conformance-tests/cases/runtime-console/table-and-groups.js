// console.table (arrays, objects, property filters, Map, Set, primitives), groupCollapsed, dirxml.
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([1, 'two', { three: 3 }]);
console.table({ x: { v: 1 }, y: { v: 22, w: [1, 2, 3, 4, 5] } });
console.table([{ a: 1, b: 2, c: 3 }], ['a', 'c']);
console.table(new Map([['k1', 1], ['k2', { deep: { er: 1 } }]]));
console.table(new Set(['s', 2]));
console.table('not tabular');
console.table([]);
console.table([[1, 2], [3, 4, 5]]);
console.table([{ name: 'álvaro', nested: { a: 1, b: 2, c: 3 } }, null, undefined]);
console.group('grp'); console.groupCollapsed('collapsed'); console.dirxml({ x: 1 }, 'y'); console.groupEnd(); console.groupEnd();
