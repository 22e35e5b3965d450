// An unhandled rejection whose reason is not an error becomes node's UnhandledPromiseRejection, naming the
// reason as V8 shows values without running code.
const reasons = [42, { code: 1 }, 'str', [1, 2], Symbol('s'), null, new (class Foo {})(), function f() {}];
let n = 0;
process.on('uncaughtException', (e, origin) => {
  console.log(origin, e.name, e.code, e.message.slice(e.message.indexOf('reason')));
  if (++n < reasons.length) Promise.reject(reasons[n]);
});
Promise.reject(reasons[0]);
