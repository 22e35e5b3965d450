try {
  require('./lib/no-such-module');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
  console.log(Array.isArray(e.requireStack), e.requireStack.length);
}
