const t = setTimeout(() => console.log('never'), 10);
const id = +t;
console.log(typeof id);
clearTimeout(id);
const u = setTimeout(() => console.log('never either'), 10);
clearTimeout(String(+u));
setTimeout(() => console.log('end'), 20);
