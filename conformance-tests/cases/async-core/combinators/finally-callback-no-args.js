// The finally callback receives no arguments, whether fulfilled or rejected.
Promise.resolve('value').finally(function () {
  console.log('fulfilled finally, arguments', arguments.length);
});
Promise.reject('reason').finally(function () {
  console.log('rejected finally, arguments', arguments.length);
}).catch(r => console.log('reason still', r));
