export { createLogger, type DestinationStream, type Logger } from './logger.js';
