console.log('top level strings are not quoted', 'nor escaped\tin the output');
console.log(['but inside arrays they are']);
console.log('');
console.log();
console.log(undefined);
console.log(null, true, 5);
