export { createLogger, type DestinationStream, type Logger, type LoggerOptions } from './logger.js';
