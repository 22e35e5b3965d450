let count = 0;
console.log('counter module body runs');
exports.increment = function () {
  count++;
  return count;
};
exports.get = () => count;
