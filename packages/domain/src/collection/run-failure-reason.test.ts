import { describe, expect, it } from 'vitest';
import { runFailureReason } from './run-failure-reason.js';

describe('runFailureReason', () => {
  it('keeps the last error but never a secret or a bearer token', () => {
    const key = 'ts-live-0123456789abcdef';
    const error = new Error(`request with key ${key} refused; header Authorization: Bearer abc.def.ghi`);
    const reason = runFailureReason(error, [key, undefined, 'short']);
    expect(reason).toBe('request with key [redacted] refused; header Authorization: Bearer [redacted]');
  });

  it('is never blank and stays short', () => {
    expect(runFailureReason(new Error(''), [])).toBe('the collection failed without a message');
    expect(runFailureReason(new Error('x'.repeat(2_000)), []).length).toBe(500);
  });
});
