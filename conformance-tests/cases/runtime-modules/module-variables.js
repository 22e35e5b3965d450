const meta = require('./lib/meta');
console.log(meta);
const path = require('path');
console.log(path.basename(__filename), path.basename(__dirname));
console.log(this === module.exports, exports === module.exports, module.id);
console.log(require.main === module, module.loaded);
setImmediate(() => console.log('loaded after main body', module.loaded));
