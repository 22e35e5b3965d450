// new Date(0) and toISOString / toJSON in UTC.
var d = new Date(0);
console.log(d.toISOString(), d.toJSON(), d.getTime(), d.valueOf());
console.log(new Date(1).toISOString(), new Date(-1).toISOString());
console.log(new Date(86400000 * 365).toISOString());
console.log(new Date(1700000000123).toISOString());
console.log(new Date(-62198755200000).toISOString());
console.log(JSON.stringify({ at: new Date(0) }));
