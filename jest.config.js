/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  // Most tests wait on child processes, sockets and timers, not on the CPU: on 2 cores, jest took
  // 259 s with 2 workers, 145 s with 4, 118 s with 6, 106 s with 8, 88 s with 10 and 91 s with 12
  // (1040 tests, one run each).
  maxWorkers: 10,
  reporters: ['default', '<rootDir>/test/harness/summary-reporter.js'],
};
