// Empty switch, switch with only default, and a switch on strings.
switch (1) {}
switch (2) { default: console.log('only default'); }
function day(n) {
  switch (n) { case 'sat': case 'sun': return 'weekend'; case 'mon': case 'tue': case 'wed': case 'thu': case 'fri': return 'weekday'; }
  return 'unknown';
}
console.log(day('sun'), day('wed'), day('xyz'));
