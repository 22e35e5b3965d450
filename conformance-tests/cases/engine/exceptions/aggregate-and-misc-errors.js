// AggregateError holds a list of errors, and message is writable.
var agg = new AggregateError([new Error('a'), new TypeError('b')], 'many');
console.log(agg.name, agg.message, agg.errors.length, agg.errors[1].name, agg instanceof Error);
var re = new RangeError('r');
re.message += '!';
console.log(re.message, re.toString());
console.log(typeof Error.prototype.message, JSON.stringify(Error.prototype.message));
