/** Jest runs the TypeScript sources as ESM (the @actions/* packages are ESM-only). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // The benchmark's generated 48,000-file repository is not source.
  modulePathIgnorePatterns: ['<rootDir>/bench/.work/'],
  testTimeout: 120000,
  // Registry and buildah tests share one registry process per file; files run in parallel.
  maxWorkers: 2,
};
