// Any value can be thrown.
function thrower(v) {
  throw v;
}
var values = ['a string', 42, null, undefined, true, { code: 7 }];
for (var i = 0; i < values.length; i = i + 1) {
  try {
    thrower(values[i]);
  } catch (e) {
    if (e !== null && typeof e === 'object') {
      console.log('caught object with code', e.code);
    } else {
      console.log('caught', typeof e, e);
    }
  }
}
