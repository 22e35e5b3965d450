setTimeout((a, b) => console.log('args', a, b), 1, 'x', 42);
setInterval(function (a) {
  console.log('interval arg', a);
  clearInterval(this);
}, 1, 'y');
