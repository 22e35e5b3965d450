// Numeric literal forms: hex, octal, binary, exponent, separators.
console.log(0xff, 0o17, 0b1011, 0XAB, 0O7, 0B1);
console.log(1e3, 1E-3, 2.5e+2, .5, 5.);
console.log(1_000_000, 0.1e1);
console.log(1_0.5_0);
console.log(0b1111_0000, 0xFF_FF);
console.log(1e0, 1e-0, 0.0, 0e5);
console.log(0x7fffffff + 1, 0xffffffff);
console.log((5).toString(), 5..toString(), 5 .toString());
