module.exports = function later(label) {
  return new Promise((resolve) => setTimeout(() => resolve(label + ' resolved'), 5));
};
