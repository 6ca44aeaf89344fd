export { freePort } from './free-port.js';
export { type ReadyProcess, type ReadyProcessOptions, spawnReadyProcess } from './ready-process.js';
export { answersHealth, waitUntil } from './wait-until.js';
