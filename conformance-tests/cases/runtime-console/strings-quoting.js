console.log(['single', "it's", 'say "hi"', 'both \' and "', 'all \' " `']);
console.log({ s: 'line\nbreak', t: 'tab\there', u: 'back\\slash' });
console.log(['\x00\x1b\x7f', 'é', 'ünïcödé']);
console.log({ 'key with space': 1, valid_id: 2, $dollar: 3, 'kebab-case': 4, 123: 5, '': 6 });
