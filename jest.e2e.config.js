/** End-to-end tests: the built standalone page in headless Chromium. Run after `npm run build`. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      { tsconfig: { module: 'commonjs', moduleResolution: 'node' }, diagnostics: false },
    ],
  },
  testTimeout: 120000,
};
