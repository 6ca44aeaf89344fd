export { processCleanupJob } from './cleanup.processor.js';
