// The API tests' harness is the one in test/support/api-harness.ts, shared with the
// reliability and security suites.
export * from '../support/api-harness.js';
