/**
 * NestJS 12 ships ES modules only, and so do kdbush and geokdbush (with tinyqueue), so Jest
 * transforms them inside node_modules to CommonJS with swc; everything else there is left as it is.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testRegex: '\\.(spec|e2e-spec)\\.ts$',
  // Fault tests start and kill servers of their own: their own lane, jest.faults.config.js.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/faults/'],
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest'] },
  transformIgnorePatterns: ['/node_modules/(?!\\.pnpm|@nestjs|kdbush|geokdbush|tinyqueue)', '/node_modules/\\.pnpm/(?!@nestjs|kdbush|geokdbush|tinyqueue)'],
  moduleNameMapper: { '^@unionhub/shared$': '<rootDir>/../shared/src/index.ts' },
  testTimeout: 30000,
};
