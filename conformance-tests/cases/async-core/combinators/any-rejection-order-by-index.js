// AggregateError.errors is in input order even when rejections happen in another order.
function failAfter(ms, msg) {
  return new Promise((_, rej) => setTimeout(() => { console.log('rejecting', msg); rej(msg); }, ms));
}
Promise.any([failAfter(200, 'x'), failAfter(0, 'y'), failAfter(100, 'z')])
  .catch(e => console.log('errors in input order:', e.errors.join(',')));
