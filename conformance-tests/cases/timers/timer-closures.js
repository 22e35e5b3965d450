// Timer callbacks see variables as they are when the callback runs.
var shared = 'start';
setTimeout(() => console.log('10ms sees', shared), 10);
setTimeout(() => {
  shared = 'changed by 20ms timer';
}, 20);
setTimeout(() => console.log('30ms sees', shared), 30);
for (var i = 0; i < 3; i = i + 1) {
  setTimeout(() => console.log('var i in timer', i), 40);
}
for (let j = 0; j < 3; j = j + 1) {
  setTimeout(() => console.log('let j in timer', j), 50);
}
shared = 'changed synchronously';
