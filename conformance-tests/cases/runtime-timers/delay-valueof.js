setTimeout(() => console.log('object delay 20'), { valueOf() { return 20; } });
setTimeout(() => console.log('array delay [5]'), [5]);
