console.log('the CommonJS file runs');
exports.named = 'N';
exports.counter = 1;
