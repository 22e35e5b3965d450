// The == algorithm across type pairs.
var vals = [undefined, null, 0, '', '0', false, NaN, [], [0], 'a'];
var names = ['undefined', 'null', '0', "''", "'0'", 'false', 'NaN', '[]', '[0]', "'a'"];
for (var i = 0; i < vals.length; i++) {
  var row = '';
  for (var j = 0; j < vals.length; j++) row += vals[i] == vals[j] ? '1' : '.';
  console.log(row, names[i]);
}
