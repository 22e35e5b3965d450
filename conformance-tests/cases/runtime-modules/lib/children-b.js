require('./children-a'); module.exports = 'b';
