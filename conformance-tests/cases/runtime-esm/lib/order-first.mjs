console.log('first (ESM)');
