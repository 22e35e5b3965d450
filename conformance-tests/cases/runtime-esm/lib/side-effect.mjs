console.log('side-effect module runs once');
globalThis.sideEffectCount = (globalThis.sideEffectCount || 0) + 1;
