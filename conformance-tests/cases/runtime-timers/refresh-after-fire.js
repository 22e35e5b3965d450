let n = 0;
const t = setTimeout(() => {
  n++;
  console.log('fired', n);
  if (n === 1) setTimeout(() => t.refresh(), 5);
}, 5);
