const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa',
  'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi', 'rho', 'sigma', 'tau', 'upsilon'];
console.log(words);
const mixed = [1, 'two', 3, 'four', 5, 'six', 7, 'eight'];
console.log(mixed);
