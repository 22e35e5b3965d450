// An anonymous async function in the await chain prints as "at async file:line:col", without a name or parens.
const fail = async () => { await null; throw new Error('boom'); };
const frame = (e) => e.stack.split('\n')[2].trim().replace(__filename, 'FILE');
(async function () { await fail(); })().catch((e) => console.log(frame(e)));
(async () => { await fail(); })().catch((e) => console.log(frame(e)));
(async function named() { await fail(); })().catch((e) => console.log(frame(e)));
