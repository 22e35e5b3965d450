let n = 0;
function again() {
  n++;
  if (n < 10) setTimeout(again, 0);
  else console.log('chained', n, 'timeouts');
}
setTimeout(again, 0);
