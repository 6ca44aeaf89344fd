export { collectionCron, registerSchedules } from './register-schedules.js';
