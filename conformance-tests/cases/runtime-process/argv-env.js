console.log(Array.isArray(process.argv), process.argv.length >= 2);
console.log(process.argv[1].endsWith('argv-env.js'));
console.log(typeof process.env, typeof process.env.PATH);
process.env.MINIJS_TEST_VALUE = 42;
console.log(process.env.MINIJS_TEST_VALUE, typeof process.env.MINIJS_TEST_VALUE);
console.log(process.env.SURELY_NOT_DEFINED_ANYWHERE);
