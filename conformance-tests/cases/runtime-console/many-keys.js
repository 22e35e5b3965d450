const o = {};
for (let i = 0; i < 30; i++) o['key' + i] = i;
console.log(o);
