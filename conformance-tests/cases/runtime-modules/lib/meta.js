const path = require('path');
module.exports = {
  filename: path.basename(__filename),
  dirname: path.basename(__dirname),
  thisIsExports: this === module.exports,
  exportsIsModuleExports: exports === module.exports,
  id: module.id === __filename,
  loadedDuringBody: module.loaded,
};
