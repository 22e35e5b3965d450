// Named capture groups in exec results and backreferences.
var m = /(?<year>\d{4})-(?<month>\d{2})/.exec('on 2024-05 ok');
console.log(m.groups.year, m.groups.month, m[1], JSON.stringify(m.groups));
console.log(/(?<ch>.)\k<ch>/.test('abba'), /(?<ch>.)\k<ch>/.test('abc'));
var none = /(?<opt>x)?y/.exec('y');
console.log(String(none.groups.opt), 'opt' in none.groups);
console.log(/(a)(b)/.exec('ab').groups);
console.log(/(\w)\1/.exec('hello')[0]);
