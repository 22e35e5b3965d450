module.exports = 'local package main';
