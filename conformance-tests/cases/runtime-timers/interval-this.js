let n = 0;
const t = setInterval(function () {
  n++;
  console.log('this is the Timeout', this === t, n);
  if (n === 2) clearInterval(this);
}, 1);
