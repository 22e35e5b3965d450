// Three async functions awaiting things of different cost finish in tick order, not call order.
async function thenable() { await { then(r) { r(); } }; console.log('thenable awaiter'); }
async function promise() { await Promise.resolve(); console.log('promise awaiter'); }
async function nested() { await (async () => { await null; })(); console.log('nested awaiter'); }
nested();
thenable();
promise();
console.log('sync end');
