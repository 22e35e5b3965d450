const long = 'The quick brown fox jumps over the lazy dog. '.repeat(3);
console.log([long]);
console.log({ text: 'first line\nsecond line\nthird line which is long enough to need breaking here' });
console.log(['a short one', 'x'.repeat(90)]);
