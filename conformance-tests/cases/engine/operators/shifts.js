// <<, >> and >>> with negative numbers and shift counts masked to 5 bits.
console.log(1 << 31, 1 << 32, 1 << 33, 1 << -1);
console.log(-16 >> 2, -16 >>> 2, -1 >>> 0, -1 >>> 31, -1 >> 31);
console.log(16 >> 34, 255 >>> 4, 5 << 1.9);
console.log(0x80000000 >> 0, 0x80000000 >>> 0, 0x7fffffff << 1);
console.log(-2147483648 >> 31, -2147483648 >>> 31);
var v = -100;
v >>= 2; console.log(v);
v >>>= 28; console.log(v);
v <<= 3; console.log(v);
console.log('8' >> '2', null << 3, String(undefined >>> 1));
