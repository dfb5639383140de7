/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      { tsconfig: { module: 'commonjs', moduleResolution: 'node', jsx: 'react-jsx' }, diagnostics: false },
    ],
  },
  testTimeout: 30000,
  // Coverage of the product, not of the tests' helpers and fixtures.
  collectCoverageFrom: ['<rootDir>/src/**/*.{ts,tsx}'],
};
