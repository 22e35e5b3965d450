// A top-level await that never settles: node exits with code 13 once nothing else is pending.
console.log('before');
await new Promise(() => {});
console.log('never printed');
