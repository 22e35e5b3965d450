// parseFloat accepts the longest valid decimal prefix.
console.log(parseFloat('3.14'), parseFloat('  3.14abc'), parseFloat('.5'));
console.log(parseFloat('-.5e2'), parseFloat('1e3'), parseFloat('1e'), parseFloat('1e+'));
console.log(parseFloat('Infinity'), parseFloat('-Infinityx'), parseFloat('inf'));
console.log(parseFloat('0x10'), parseFloat(''), parseFloat('abc'));
console.log(parseFloat('1.2.3'), parseFloat('  +7'), parseFloat('5.'));
console.log(parseFloat('1_000'), parseFloat('\u00a0 2'));
console.log(Number.parseFloat === parseFloat);
console.log(parseFloat({ toString() { return '8.5'; } }));
