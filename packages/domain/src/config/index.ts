export { type AppConfig, ConfigError, isAdminEmail, loadConfig, loadConfigOrExit } from './config.js';
