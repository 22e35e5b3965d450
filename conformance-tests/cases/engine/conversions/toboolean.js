// ToBoolean: the falsy values and some truthy surprises.
var vals = [0, -0, NaN, '', null, undefined, false, '0', ' ', 'false', [], {}, function () {}, -1, Infinity, Symbol()];
var out = [];
for (var i = 0; i < vals.length; i++) out.push(Boolean(vals[i]) ? 'T' : 'F');
console.log(out.join(''));
console.log(!!'', !!'x', !![], !!new Boolean(false));
console.log(!0, !1, !!NaN);
