console.log('slow: before await');
await new Promise(resolve => setTimeout(resolve, 30));
console.log('slow: after await');
export const ready = 'slow ready';
