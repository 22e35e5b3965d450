// An uncaught exception stops the program with exit code 1; earlier output is kept.
console.log('before');
function fail() {
  throw new Error('uncaught failure');
}
console.log('calling fail');
fail();
console.log('never printed');
