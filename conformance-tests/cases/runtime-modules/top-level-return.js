console.log(require('./lib/early-return'));
console.log('main continues');
return;
console.log('never');
