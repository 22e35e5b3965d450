// toUTCString has a fixed, locale-independent format.
console.log(new Date(0).toUTCString());
console.log(new Date(Date.UTC(2024, 1, 29, 13, 5, 9)).toUTCString());
console.log(new Date(Date.UTC(1999, 11, 31, 23, 59, 59)).toUTCString());
console.log(new Date(NaN).toUTCString());
