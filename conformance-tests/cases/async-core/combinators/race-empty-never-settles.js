// Promise.race([]) stays pending forever, and the process still exits 0 when nothing else is queued.
let settled = false;
Promise.race([]).then(() => { settled = true; console.log('never'); }, () => console.log('never'));
setTimeout(() => console.log('after timer, settled =', settled), 20);
console.log('sync end');
