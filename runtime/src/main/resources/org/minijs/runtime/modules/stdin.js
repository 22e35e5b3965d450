'use strict';
// process.stdin: a readable stream over the standard input, in the shape programs use it: 'data' events
// (Buffers, or strings after setEncoding), 'end' then 'close', pause/resume, and async iteration. Adding a
// 'data' listener starts the flow, as in node; reading itself is the host's (internal/stdin_reader).
const EventEmitter = require('events');
const reader = require('internal/stdin_reader');

const stdin = new EventEmitter();
stdin.fd = 0;
stdin.readable = true;
let flowing = null; // null: never started; false: paused

reader.start((chunk) => stdin.emit('data', chunk), () => {
  stdin.readable = false;
  stdin.emit('end');
  process.nextTick(() => stdin.emit('close'));
});

stdin.setEncoding = function setEncoding(encoding = 'utf8') {
  reader.setEncoding(encoding);
  return this;
};
stdin.resume = function resume() {
  if (flowing !== true) {
    flowing = true;
    process.nextTick(() => { if (flowing) reader.resume(); }); // node's resume() flows on a later tick
  }
  return this;
};
stdin.pause = function pause() {
  if (flowing !== false) {
    flowing = false;
    reader.pause();
  }
  return this;
};
stdin.isPaused = function isPaused() {
  return flowing === false;
};
stdin.on('newListener', (event) => {
  if (event === 'data' && flowing !== false) stdin.resume();
});
stdin[Symbol.asyncIterator] = async function* iterate() {
  const chunks = [];
  let done = false;
  let wake = null;
  const onData = (chunk) => { chunks.push(chunk); if (wake) wake(); };
  const onEnd = () => { done = true; if (wake) wake(); };
  stdin.on('data', onData);
  stdin.on('end', onEnd);
  try {
    while (true) {
      if (chunks.length > 0) {
        yield chunks.shift();
      } else if (done) {
        return;
      } else {
        await new Promise((resolve) => { wake = resolve; });
        wake = null;
      }
    }
  } finally {
    stdin.off('data', onData);
    stdin.off('end', onEnd);
    stdin.pause();
  }
};

module.exports = stdin;
