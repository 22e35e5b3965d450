console.log('fast: evaluated');
export const ready = 'fast ready';
