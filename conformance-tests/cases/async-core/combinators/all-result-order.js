// Promise.all keeps input order even when inputs settle in a different order.
function after(ms, v) {
  return new Promise(r => setTimeout(() => { console.log('settled', v); r(v); }, ms));
}
Promise.all([after(200, 'slow'), after(0, 'fast'), after(100, 'middle'), 'plain'])
  .then(v => console.log('all:', v.join(' ')));
