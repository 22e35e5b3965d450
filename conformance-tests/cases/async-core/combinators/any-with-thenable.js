// Promise.any with a rejecting thenable and a late fulfilment.
const rejecting = { then(res, rej) { console.log('thenable rejects'); rej('thenable no'); } };
Promise.any([rejecting, new Promise(r => setTimeout(() => r('timer yes'), 20))])
  .then(v => console.log('any got', v));
Promise.any([rejecting]).catch(e => console.log('only thenable:', e.errors.join(',')));
