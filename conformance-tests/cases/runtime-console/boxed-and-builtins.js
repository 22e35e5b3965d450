console.log(Math.PI, JSON.stringify({ a: 1 }));
console.log(typeof globalThis, [globalThis === this]);
console.log([Object.keys, Array.isArray]);
