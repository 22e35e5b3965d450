// ToNumber for strings in arithmetic contexts other than +.
console.log('6' * '7', '10' / '4', '10' - '3', '7' % '4');
console.log('  3  ' * 2, String('3a' * 2), '' * 5, '\t\n' - 0);
console.log('0x1A' - 0, '0b101' * 1, '0o17' * 1, '1e2' * 1);
console.log(String('1,000' * 1), '-5' * '-1', String('--5' * 1));
console.log('.5' * 2, '5.' * 2, String('Infinity' * 0), '-Infinity' * -1);
console.log('3' ** '2', -'4', ~'5', '8' >> '1');
