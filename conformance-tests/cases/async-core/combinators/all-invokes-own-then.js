// Promise.all calls then on each input through a property lookup, so an own then is used.
const p = Promise.resolve('p');
p.then = function (a, b) {
  console.log('own then called by Promise.all');
  return Promise.prototype.then.call(this, a, b);
};
Promise.all([p]).then(v => console.log('all', v.join(',')));
console.log('sync end');
