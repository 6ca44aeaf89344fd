export { freePort } from './free-port.js';
export { answersHealth, waitUntil } from './wait-until.js';
