const a = setTimeout(() => console.log('never a'), 5);
clearTimeout(a);
const b = setTimeout(() => console.log('never b'), 5);
clearInterval(b); // clearInterval clears a timeout too
const c = setInterval(() => console.log('never c'), 5);
clearTimeout(c);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearTimeout(12345);
setTimeout(() => console.log('only this'), 10);
