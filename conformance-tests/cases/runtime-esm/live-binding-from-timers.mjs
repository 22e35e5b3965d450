// A binding the exporter updates from timers is seen live by the importer.
import { ticks, startTicking } from './lib/ticker.mjs';
startTicking();
console.log('at start', ticks);
setTimeout(() => console.log('later', ticks), 200);
