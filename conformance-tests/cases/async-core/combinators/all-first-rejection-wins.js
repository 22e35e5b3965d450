// Promise.all rejects with the first rejection; later rejections are absorbed, not unhandled.
function failAfter(ms, msg) {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(msg)), ms));
}
Promise.all([failAfter(200, 'second'), failAfter(100, 'first'), new Promise(r => setTimeout(r, 300))])
  .then(() => console.log('not called'), e => console.log('all rejected with', e.message));
setTimeout(() => console.log('timer 400, process still fine'), 400);
