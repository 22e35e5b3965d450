// Static fields and blocks run in textual order during class definition.
var log = [];
class K {
  static a = log.push('field a');
  static { log.push('block 1'); }
  static b = log.push('field b');
  static { log.push('block 2, b=' + this.b); }
}
log.push('after class');
console.log(log.join(' | '));
