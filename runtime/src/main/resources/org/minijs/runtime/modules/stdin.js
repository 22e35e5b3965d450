'use strict';
// process.stdin: a readable stream over the standard input, in the shape programs use it: 'data' events
// (Buffers, or strings after setEncoding), or 'readable' events with read(); 'end' then 'close',
// pause/resume, and async iteration. Adding a 'data' or 'readable' listener starts the reading, as in node;
// reading itself is the host's (internal/stdin_reader).
const EventEmitter = require('events');
const reader = require('internal/stdin_reader');

const stdin = new EventEmitter();
stdin.fd = 0;
stdin.readable = true;
let flowing = null; // null: never started; false: paused
let readableMode = false; // a 'readable' listener: chunks wait in `buffered` for read()
const buffered = [];

reader.start((chunk) => {
  if (readableMode) {
    buffered.push(chunk);
    stdin.emit('readable');
  } else {
    stdin.emit('data', chunk);
  }
}, () => {
  stdin.readable = false;
  if (readableMode) stdin.emit('readable'); // read() now gives null: the end
  stdin.emit('end');
  process.nextTick(() => stdin.emit('close'));
});

/** The buffered input (strings joined; Buffers one chunk per call), or null when nothing is waiting. */
stdin.read = function read() {
  if (buffered.length === 0) return null;
  if (buffered.every((c) => typeof c === 'string')) return buffered.splice(0).join('');
  return buffered.shift();
};

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
  if (event === 'readable' && !readableMode) {
    readableMode = true;
    process.nextTick(() => reader.resume());
  }
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
