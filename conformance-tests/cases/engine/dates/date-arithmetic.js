// Day differences and adding days using UTC time values.
var DAY = 86400000;
var a = Date.UTC(2024, 0, 1), b = Date.UTC(2024, 11, 31);
console.log((b - a) / DAY + 1);
function daysInMonth(y, m) { return new Date(Date.UTC(y, m + 1, 0)).getUTCDate(); }
console.log([2023, 2024, 1900, 2000].map(y => daysInMonth(y, 1)).join());
console.log([0, 3, 5, 8, 10].map(m => daysInMonth(2023, m)).join());
var d = new Date(Date.UTC(2023, 11, 30));
d.setUTCDate(d.getUTCDate() + 5);
console.log(d.toISOString().slice(0, 10));
var sorted = [Date.UTC(2020, 5, 1), Date.UTC(2019, 0, 1), Date.UTC(2021, 2, 3)].map(t => new Date(t)).sort((x, y) => x - y);
console.log(sorted.map(x => x.toISOString().slice(0, 10)).join(' '));
