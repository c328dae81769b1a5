/**
 * The privacy check over the logs the API suites wrote; run by the test command after them.
 * @type {import('jest').Config}
 */
const base = require('./jest.config');

module.exports = { ...base, roots: ['<rootDir>/test/privacy'], testRegex: '\\.privacy-spec\\.ts$', testPathIgnorePatterns: [] };
