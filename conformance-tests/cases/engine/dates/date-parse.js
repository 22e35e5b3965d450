// Parsing ISO strings with explicit UTC designators or offsets.
console.log(Date.parse('1970-01-01T00:00:00.000Z'), Date.parse('2000-01-01T00:00:00Z'));
console.log(Date.parse('2000-01-01T00:00:00+02:00'), Date.parse('2000-01-01T00:00:00.5Z'));
console.log(Date.parse('2000-01-01'), new Date('2020-02-29').toISOString());
console.log(String(Date.parse('not a date')), String(new Date('garbage').getTime()));
console.log(new Date('2024-03-10T10:20:30.456Z').getUTCMinutes());
