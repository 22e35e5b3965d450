'use strict';
// require('readline'): createInterface over a readable stream (process.stdin), as programs that read input
// line by line use it: 'line' events, question(), prompt(), 'close' at the end of the input or on close(),
// and async iteration over the lines. Lines end at \n or \r\n; the last line needs no terminator.
const EventEmitter = require('events');

class Interface extends EventEmitter {
  #input;
  #output;
  #buffer = '';
  #closed = false;
  #paused = false;
  #question = null;
  #prompt = '> ';
  #onData;
  #onEnd;

  constructor(input, output) {
    super();
    if (input && input.input !== undefined) { // createInterface({ input, output, prompt })
      output = input.output;
      if (input.prompt !== undefined) this.#prompt = String(input.prompt);
      input = input.input;
    }
    this.#input = input;
    this.#output = output;
    this.terminal = false;
    this.line = '';
    if (typeof input.setEncoding === 'function') input.setEncoding('utf8');
    this.#onData = (chunk) => this.#receive(String(chunk));
    this.#onEnd = () => {
      const last = this.#buffer.endsWith('\r') ? this.#buffer.slice(0, -1) : this.#buffer;
      this.#buffer = '';
      if (last.length > 0) this.emit('line', last); // node: the unterminated last line is a 'line' event
      this.close();
    };
    input.on('data', this.#onData);
    input.on('end', this.#onEnd);
  }

  get closed() { return this.#closed; }

  // node's kNormalWrite: lines end at \r\n, \n or a lone \r (a \r at the chunk's end waits for the next
  // chunk); every line of a chunk is delivered, even after a listener closed the interface
  #receive(text) {
    this.#buffer += text;
    const ending = /\r\n|\n|\r(?!$)/g;
    let start = 0;
    let match;
    const lines = [];
    while ((match = ending.exec(this.#buffer)) !== null) {
      lines.push(this.#buffer.slice(start, match.index));
      start = match.index + match[0].length;
    }
    this.#buffer = this.#buffer.slice(start);
    for (const line of lines) this.#line(line);
  }

  #line(line) {
    if (this.#question !== null) {
      const answer = this.#question;
      this.#question = null;
      answer(line);
    } else {
      this.emit('line', line);
    }
  }

  setPrompt(prompt) { this.#prompt = String(prompt); }

  getPrompt() { return this.#prompt; }

  prompt() {
    if (this.#closed) throw closedError();
    if (this.#output && typeof this.#output.write === 'function') this.#output.write(this.#prompt);
  }

  question(query, options, callback) {
    if (typeof options === 'function') callback = options;
    if (this.#closed) throw closedError();
    if (typeof callback !== 'function') return;
    if (this.#question !== null) {
      this.prompt();
      return;
    }
    this.#question = callback;
    if (this.#output && typeof this.#output.write === 'function') this.#output.write(String(query));
  }

  write(data) {
    if (this.#closed) throw closedError();
    this.#receive(String(data));
  }

  pause() {
    if (this.#paused || this.#closed) return this;
    this.#paused = true;
    this.#input.pause();
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.#paused || this.#closed) return this;
    this.#paused = false;
    this.#input.resume();
    this.emit('resume');
    return this;
  }

  close() {
    if (this.#closed) return;
    this.pause();
    this.#closed = true;
    this.#input.off('data', this.#onData);
    this.#input.off('end', this.#onEnd);
    this.emit('close');
  }

  [Symbol.asyncIterator]() {
    const lines = [];
    const waiting = [];
    let done = this.#closed;
    const onLine = (line) => {
      if (waiting.length > 0) waiting.shift()({ value: line, done: false });
      else lines.push(line);
    };
    const onClose = () => {
      done = true;
      while (waiting.length > 0) waiting.shift()({ value: undefined, done: true });
    };
    this.on('line', onLine);
    this.on('close', onClose);
    const rl = this;
    return {
      next() {
        if (lines.length > 0) return Promise.resolve({ value: lines.shift(), done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => waiting.push(resolve));
      },
      return() {
        rl.off('line', onLine);
        rl.off('close', onClose);
        rl.close();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

function closedError() {
  const err = new Error('readline was closed');
  err.code = 'ERR_USE_AFTER_CLOSE';
  return err;
}

function createInterface(input, output) {
  return new Interface(input, output);
}

// require('readline/promises') (readline.promises): question() returns a promise of the answer
class PromisesInterface extends Interface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      const signal = options && options.signal;
      if (signal && signal.aborted) {
        reject(signal.reason);
        return;
      }
      super.question(query, resolve);
      if (signal) signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  }
}

const promises = {
  Interface: PromisesInterface,
  createInterface(input, output) { return new PromisesInterface(input, output); },
};

module.exports = { Interface, createInterface, promises };
