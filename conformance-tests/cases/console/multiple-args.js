// console.log joins multiple arguments with a single space.
console.log('a', 'b', 'c');
console.log('number', 1, 'bool', true);
console.log(null, undefined);
console.log('', 'leading empty string');
console.log('mixed', [1, 2], { k: 'v' });
console.log(1, 2, 3, 4, 5);
console.log('string with  two spaces');
