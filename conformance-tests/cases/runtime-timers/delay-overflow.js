// Above 2^31-1 node warns (TimeoutOverflowWarning on stderr) and uses 1 ms.
setTimeout(() => console.log('overflowed timer fired'), 3000000000);
setTimeout(() => console.log('after 40'), 40);
