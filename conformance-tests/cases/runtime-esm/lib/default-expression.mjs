export default 40 + 2;
export const later = 'named alongside default';
