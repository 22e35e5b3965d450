const imm = setImmediate(function () {
  console.log('this is the Immediate', this === imm);
});
console.log(typeof imm.ref, typeof imm.unref, imm.hasRef());
console.log(imm.unref() === imm, imm.hasRef());
console.log(imm.ref() === imm, imm.hasRef());
