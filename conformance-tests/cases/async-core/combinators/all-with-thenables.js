// Promise.all wraps thenables; their then methods are called in a later job, in input order.
function thenable(name, v) {
  return { then(r) { console.log('then of', name); r(v); } };
}
Promise.all([thenable('a', 1), thenable('b', 2), 3]).then(v => console.log('all', v.join(',')));
let c = Promise.resolve();
for (let i = 1; i <= 4; i++) c = c.then(() => console.log('tick', i));
console.log('sync end');
