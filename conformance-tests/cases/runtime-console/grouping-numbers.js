const nums = [];
for (let i = 0; i < 30; i++) nums.push(i * 7);
console.log(nums);
const small = [];
for (let i = 0; i < 7; i++) small.push(i);
console.log(small);
const big = [];
for (let i = 0; i < 26; i++) big.push(i * 1000 + 1);
console.log(big);
