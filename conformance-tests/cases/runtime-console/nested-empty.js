console.log({ a: [], b: {}, c: [[]], d: [{}], e: { f: [] } });
console.log([[], {}, [[]], [{}]]);
