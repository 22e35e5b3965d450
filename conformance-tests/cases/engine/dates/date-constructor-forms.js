// Date constructor forms that are timezone independent.
console.log(new Date(0).getTime(), new Date('1970-01-01T00:00:00Z').getTime(), new Date(new Date(5)).getTime());
console.log(new Date(1.9).getTime(), new Date('5') instanceof Date, new Date(true).getTime());
console.log(typeof Date(), typeof new Date(0), typeof Date.now());
console.log(new Date(0) - new Date(1000), new Date(2000) > new Date(1000));
console.log(Date.prototype.constructor === Date, Date.length, Date.name);
var d = new Date(0);
var copy = new Date(d);
copy.setUTCFullYear(1999);
console.log(d.getUTCFullYear(), copy.getUTCFullYear());
