export { type SignalStop, stopOnSignals } from './stop-on-signals.js';
