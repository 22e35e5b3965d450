// Character classes, quantifiers, anchors and lookarounds.
console.log(JSON.stringify('a1_ -Z'.match(/\w/g)), JSON.stringify('a 1\t'.match(/\s/g).length));
console.log(/^\d{3}-\d{4}$/.test('555-1234'), /^[^aeiou]+$/.test('rhythm'), /colou?r/.test('color'));
console.log('aaaa'.match(/a{2,3}/)[0], 'aaaa'.match(/a{2,3}?/)[0], '<b><i>'.match(/<.+>/)[0], '<b><i>'.match(/<.+?>/)[0]);
console.log('price: 42 USD'.match(/\d+(?= USD)/)[0], 'x42'.match(/(?<=x)\d+/)[0], '42y'.match(/\d+(?!\d|x)/)[0], '42x'.match(/\d+(?!\d|x)/));
console.log(/\bcat\b/.test('a cat here'), /\bcat\b/.test('concat'), /[\u00e0-\u00ff]/.test('é'));
console.log(/a|b|c/.exec('xcb')[0], /(a|ab)(c|bcd)/.exec('abcd')[0]);
