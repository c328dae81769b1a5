/**
 * Fault tests: each starts private database or cache servers of its own and breaks them.
 * @type {import('jest').Config}
 */
const base = require('./jest.config');

module.exports = { ...base, roots: ['<rootDir>/test/faults'], testPathIgnorePatterns: [], testTimeout: 120000 };
