// Number and Boolean called as functions and their prototypes.
console.log(Number('42'), Number(''), String(Number('x')), Number(null), String(Number(undefined)), Number([7]), Number(false));
console.log(Boolean(''), Boolean('false'), Boolean(0), Boolean({}), Boolean(null), Boolean(-0));
console.log((12.5).toString(), Number.prototype.toFixed.call(1.25, 1), (true).toString(), Boolean.prototype.valueOf.call(true));
try { Number.prototype.toString.call('5'); } catch (e) { console.log(e.name); }
console.log(new Boolean(false).valueOf(), typeof new Boolean(false).valueOf());
console.log(Number.parseFloat('1.5x'), Number.isInteger(1e21), Number.isInteger(-7.0));
