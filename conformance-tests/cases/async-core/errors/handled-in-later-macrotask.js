// A rejection handled only in a later timer is already unhandled: node 20 exits 1 first.
const p = Promise.reject(new Error('too late'));
console.log('rejected, handler comes in a timer');
setTimeout(() => {
  console.log('timer attaches handler');
  p.catch(e => console.log('caught', e.message));
}, 0);
