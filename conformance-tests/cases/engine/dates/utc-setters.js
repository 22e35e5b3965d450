// UTC setters normalize overflowing fields and return the new time value.
var d = new Date(0);
console.log(d.setUTCFullYear(2020), d.toISOString());
d.setUTCMonth(13);
console.log(d.toISOString());
d.setUTCDate(0);
console.log(d.toISOString());
console.log(d.setUTCHours(25, 61, 61, 1001), d.toISOString());
d.setTime(1000);
console.log(d.toISOString(), d.setUTCMilliseconds(-1), d.toISOString());
