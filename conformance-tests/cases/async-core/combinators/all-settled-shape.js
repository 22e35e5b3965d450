// Promise.allSettled reports status, value and reason for each input, in input order.
Promise.allSettled([Promise.resolve('ok'), Promise.reject(new Error('bad')), 7]).then(results => {
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    if (r.status === 'fulfilled') console.log(i, r.status, r.value, 'reason' in r);
    else console.log(i, r.status, r.reason.message, 'value' in r);
  }
});
