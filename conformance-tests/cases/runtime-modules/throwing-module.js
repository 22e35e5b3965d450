try {
  require('./lib/throws');
} catch (e) {
  console.log('caught', e.message);
}
try {
  require('./lib/throws');
} catch (e) {
  console.log('loaded again because a failed module is not cached:', e.message);
}
