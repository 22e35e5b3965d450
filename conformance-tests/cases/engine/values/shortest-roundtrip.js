// Number-to-string uses the shortest digits that round-trip.
console.log(String(0.1));
console.log(String(0.1 + 0.2));
console.log(String(1 / 3));
console.log(String(2 / 3));
console.log(String(123.456));
console.log(String(5e-324));
console.log(String(1.7976931348623157e308));
console.log(String(9007199254740993));
console.log(String(0.000001));
console.log(String(0.0000001));
console.log(String(1.5e-7));
console.log(String(100));
console.log(String(1.0));
console.log(String(-1.25));
