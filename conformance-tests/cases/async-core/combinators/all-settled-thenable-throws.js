// allSettled records a thenable whose then throws as rejected, without failing the whole call.
const broken = { then() { throw new Error('broken then'); } };
Promise.allSettled([broken, Promise.resolve('fine')]).then(rs => {
  console.log(rs[0].status, rs[0].reason.message);
  console.log(rs[1].status, rs[1].value);
});
