// Large and small numbers switch to exponent notation at 1e21 and 1e-7.
console.log(String(1e20));
console.log(String(1e21));
console.log(String(123456789012345680000));
console.log(String(1.2345e21));
console.log(String(1e-6));
console.log(String(1e-7));
console.log(String(-1e21));
console.log(String(2 ** 53));
console.log(String(2 ** 64));
console.log(String(1e100));
console.log(String(12e-10));
console.log('' + 999999999999999999999);
