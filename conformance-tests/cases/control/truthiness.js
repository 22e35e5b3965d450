// Which values are truthy in an if condition.
function check(label, v) {
  if (v) {
    console.log(label, 'truthy');
  } else {
    console.log(label, 'falsy');
  }
}
check('0', 0);
check('-0', -0);
check('NaN', 0 / 0);
check('empty string', '');
check('string 0', '0');
check('string false', 'false');
check('space', ' ');
check('null', null);
check('undefined', undefined);
check('object', {});
check('array', []);
check('function', function () {});
check('negative', -1);
check('false', false);
