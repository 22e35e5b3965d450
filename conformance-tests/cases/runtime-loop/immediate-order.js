setImmediate(() => console.log('immediate 1'));
setImmediate((x) => console.log('immediate 2', x), 'arg');
setImmediate(() => console.log('immediate 3'));
console.log('sync');
