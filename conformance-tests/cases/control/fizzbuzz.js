// FizzBuzz: loops, remainder, if/else chains, string building.
var count = 0;
for (var i = 1; i <= 15; i = i + 1) {
  var word = '';
  if (i % 15 === 0) {
    word = 'FizzBuzz';
  } else if (i % 3 === 0) {
    word = 'Fizz';
  } else if (i % 5 === 0) {
    word = 'Buzz';
  } else {
    word = '' + i;
  }
  console.log(word);
  if (word === 'Fizz') count = count + 1;
}
console.log('Fizz count', count);
