// Nested object/array patterns.
var data = { user: { name: 'ann', tags: ['a', 'b'], address: { city: 'Oslo' } }, list: [{ id: 1 }, { id: 2 }] };
var { user: { name, tags: [firstTag, ...moreTags], address: { city, zip = '0000' } }, list: [, { id: secondId }] } = data;
console.log(name, firstTag, moreTags.join(), city, zip, secondId);
var [{ v } = { v: 'fallback' }] = [];
console.log(v);
var { arr: [, second] = [0, 'dflt'] } = {};
console.log(second);
