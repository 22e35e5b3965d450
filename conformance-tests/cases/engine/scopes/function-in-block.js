// Function declarations in blocks are block scoped in strict mode.
'use strict';
{
  function inBlock() { return 'block fn'; }
  console.log(inBlock());
}
console.log(typeof inBlock);
if (true) {
  function cond() { return 1; }
  console.log(cond());
}
console.log(typeof cond);
