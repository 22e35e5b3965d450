// ToNumber of objects, arrays, dates and functions.
console.log(Number([]), Number(['5']), String(Number([1, 2])), Number([[[7]]]), String(Number({})));
console.log(Number(new Date(42)), String(Number(function () {})), Number({ valueOf: () => '12' }));
console.log(Number(new String(' 9 ')), Number(new Boolean(true)), Number([null]), Number([undefined]));
console.log(Number({ toString() { return '0x10'; } }));
