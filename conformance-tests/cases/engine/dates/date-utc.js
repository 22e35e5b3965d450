// Date.UTC computes timestamps from components, with month overflow and defaults.
console.log(Date.UTC(1970, 0, 1), Date.UTC(2000, 0, 1), Date.UTC(2024, 1, 29, 12, 30, 15, 250));
console.log(Date.UTC(2021, 12, 1) === Date.UTC(2022, 0, 1), Date.UTC(2021, 0, 32) === Date.UTC(2021, 1, 1));
console.log(Date.UTC(2020), Date.UTC(99, 0), Date.UTC(2020, -1, 1) === Date.UTC(2019, 11, 1));
console.log(String(Date.UTC(NaN)), String(Date.UTC('x', 0)));
console.log(new Date(Date.UTC(2024, 1, 29)).toISOString());
