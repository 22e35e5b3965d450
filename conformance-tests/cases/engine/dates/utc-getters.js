// UTC getters on a fixed timestamp.
var d = new Date(Date.UTC(2023, 6, 4, 15, 9, 26, 535));
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay());
console.log(d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
var days = [];
for (var i = 0; i < 7; i++) days.push(new Date(Date.UTC(2024, 0, i + 1)).getUTCDay());
console.log(days.join());
var neg = new Date(-1);
console.log(neg.getUTCFullYear(), neg.getUTCMonth(), neg.getUTCDate(), neg.getUTCHours(), neg.getUTCMilliseconds());
