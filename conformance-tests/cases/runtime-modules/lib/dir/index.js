module.exports = { from: 'index.js' };
