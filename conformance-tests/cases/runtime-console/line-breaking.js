console.log({ alpha: 'aaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccc' });
console.log({ alpha: 'aaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccc', d: 1 });
console.log({ a: 1, b: 'two', c: [3], d: { e: 4 } });
console.log(['aaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbb', 'cccccccccccccccccccc', 'dddddddddd']);
console.log({ nested: { deeper: { key: 'value', other: 'another value here' }, sibling: [1, 2, 3] } });
