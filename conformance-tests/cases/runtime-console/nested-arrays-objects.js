console.log([{ a: 1, b: { c: 2 } }, [1, [2, [3, [4]]]]]);
console.log({ list: [1, 2, 3], map: { x: { y: 1 } }, fn: function named() {} });
console.log([[]], [{}], { a: [] }, { a: {} });
console.log([undefined, null, true, false]);
