// Nested objects and arrays, read and modified through paths.
var data = {
  users: [
    { name: 'ann', tags: ['admin', 'dev'] },
    { name: 'bob', tags: [] }
  ],
  meta: { count: 2, source: { kind: 'test' } }
};
console.log(data.users[0].name, data.users[1].name);
console.log(data.users[0].tags[1], data.users[1].tags.length);
console.log(data.meta.source.kind);
data.users[1].tags.push('new');
console.log(data.users[1].tags[0]);
data.users.push({ name: 'cy', tags: ['x'] });
data.meta.count = data.users.length;
console.log(data.meta.count);
var names = '';
for (var i = 0; i < data.users.length; i = i + 1) {
  names = names + data.users[i].name + '(' + data.users[i].tags.length + ') ';
}
console.log(names);
console.log(data['meta']['source']['kind']);
