// Resolving with a non-promise object that has a then method calls that method.
var thenable = {
  then: function (onFulfilled) {
    console.log('thenable.then called');
    onFulfilled('from thenable');
  }
};
Promise.resolve(thenable).then(v => console.log('resolved:', v));
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
console.log('sync');
