const rows = [];
for (let i = 0; i < 4; i++) rows.push({ id: i, name: 'item number ' + i, tags: ['t' + i, 'u' + i] });
console.log(rows);
