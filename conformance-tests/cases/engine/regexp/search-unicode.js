// search, unicode escapes and case-insensitive unicode.
console.log('abcDEF'.search(/[A-Z]/), 'abc'.search(/z/), 'aXbX'.search(/X/g));
console.log(/\u0041/.test('A'), /\x41/.test('A'), /\p{L}+/u.exec('123héllo!')[0]);
console.log('ΑΒΓ'.match(/αβγ/i) !== null, /[a-z]/i.test('K'));
console.log('😀😀'.match(/./gu).length, '😀😀'.match(/./g).length);
