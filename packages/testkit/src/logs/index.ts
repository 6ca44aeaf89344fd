export {
  type CapturedLogLine,
  captureReceivedErrors,
  createTestLogger,
  readCapturedLogLines,
  readRecordedSecrets,
  recordSecret,
  TEST_LOG_DIR_VARIABLE,
} from './log-capture.js';
