// module.children lists each module a module required, a cached one too, once.
require('./lib/children-a');
require('./lib/children-b');
require('./lib/children-a');
const path = require('path');
const names = (m) => m.children.map((c) => path.basename(c.id));
console.log(names(module), names(require.cache[require.resolve('./lib/children-b')]));
