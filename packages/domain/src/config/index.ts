export { type AppConfig, ConfigError, isAdminEmail, loadConfig, loadConfigOrExit } from './config.js';
export { INSECURE_DEFAULT_JWT_SECRET } from './config.schema.js';
