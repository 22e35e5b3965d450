// encodeURIComponent / decodeURIComponent and friends.
console.log(encodeURIComponent('a b&c=d/é?'));
console.log(encodeURI('http://x.y/a b?q=é&r=1#h'));
console.log(decodeURIComponent('a%20b%26%C3%A9'), decodeURI('%41%2F'));
try { decodeURIComponent('%'); } catch (e) { console.log(e.name); }
console.log([encodeURIComponent("-_.!~*'()"), encodeURIComponent('😀')].join(' '));
