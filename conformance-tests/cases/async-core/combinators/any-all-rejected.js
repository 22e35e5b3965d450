// Promise.any with only rejections rejects with an AggregateError listing reasons in input order.
Promise.any([Promise.reject('first'), Promise.reject('second'), Promise.reject('third')])
  .catch(e => {
    console.log('constructor', e.constructor.name);
    console.log('name', e.name);
    console.log('errors', e.errors.join(','));
    console.log('message', e.message);
  });
