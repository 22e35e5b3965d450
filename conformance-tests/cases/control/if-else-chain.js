// if / else if / else chains and nested ifs.
function classify(n) {
  if (n < 0) {
    return 'negative';
  } else if (n === 0) {
    return 'zero';
  } else if (n < 10) {
    return 'small';
  } else {
    return 'large';
  }
}
console.log(classify(-5), classify(0), classify(7), classify(100));
var x = 5;
if (x > 3) console.log('no braces then');
else console.log('no braces else');
if (x > 10) console.log('not printed');
if (x > 1) {
  if (x > 4) {
    console.log('nested both');
  } else {
    console.log('nested outer only');
  }
}
if (x === 5) {
  console.log('eq');
}
else {
  console.log('neq');
}
