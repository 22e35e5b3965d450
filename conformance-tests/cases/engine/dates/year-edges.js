// Extended years, year 0 and two-digit years in Date.UTC.
console.log(new Date(Date.UTC(0, 0, 1)).toISOString());
var y0 = new Date(0);
y0.setUTCFullYear(0);
console.log(y0.toISOString());
y0.setUTCFullYear(-1);
console.log(y0.toISOString());
y0.setUTCFullYear(10000);
console.log(y0.toISOString());
console.log(new Date('+010000-01-01T00:00:00Z').getUTCFullYear(), new Date('-000001-01-01T00:00:00Z').getUTCFullYear());
