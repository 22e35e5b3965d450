module.exports = { kind: 'commonjs', add: (a, b) => a + b };
