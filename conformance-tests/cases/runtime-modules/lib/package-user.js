const greet = require('greet');
module.exports = [greet('world'), greet.version, require('plain').plain, require('./localpkg')];
