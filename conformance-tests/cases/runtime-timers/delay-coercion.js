// Delays below 1, NaN, or non-numeric become 1 ms; numeric strings are numbers.
const order = [];
setTimeout(() => order.push('neg'), -10);
setTimeout(() => order.push('nan'), NaN);
setTimeout(() => order.push('str'), 'abc');
setTimeout(() => order.push('undef'));
setTimeout(() => order.push('null'), null);
setTimeout(() => order.push('numstr 30'), '30');
setTimeout(() => order.push('fraction 1.7'), 1.7);
setTimeout(() => console.log(order.join(', ')), 60);
