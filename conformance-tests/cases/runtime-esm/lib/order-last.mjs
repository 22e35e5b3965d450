console.log('last (ESM)');
