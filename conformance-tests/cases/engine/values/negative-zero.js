// -0 prints as 0 but is distinguishable with Object.is and 1/x.
var nz = -0;
console.log(String(nz), nz + '', `${nz}`);
console.log(Object.is(nz, 0), Object.is(nz, -0), nz === 0);
console.log(1 / nz, 1 / 0);
console.log(Object.is(0 * -1, -0));
console.log(Object.is(-0 + 0, 0));
console.log(Object.is(-0 - 0, -0));
console.log(Object.is(Math.round(-0.4), -0));
console.log(Object.is(-5 % 5, -0));
console.log(Object.is(5 % -5, 0));
console.log(JSON.stringify(-0));
console.log(Object.is(Number('-0'), -0));
console.log(Object.is(parseFloat('-0'), -0));
console.log(Object.is(Math.min(0, -0), -0), Object.is(Math.max(0, -0), 0));
console.log([-0].includes(0), [-0].indexOf(0));
