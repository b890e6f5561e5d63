// Two projects: every suite runs on embedded PGlite; suites that touch the database
// (*.db.test.ts and test/contracts) run a second time against the PostgreSQL server
// named by TEST_DATABASE_URL (default: the machine's postgres://postgres@127.0.0.1:5432/test).
const transform = { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] };
const common = { transform, testEnvironment: 'node', modulePathIgnorePatterns: ['<rootDir>/var/'] };
module.exports = {
  testTimeout: 30000,
  projects: [
    { ...common, displayName: 'pglite', testMatch: ['<rootDir>/**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/'] },
    {
      ...common,
      displayName: 'postgres',
      testMatch: ['<rootDir>/**/*.db.test.ts', '<rootDir>/test/contracts/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/'],
      setupFiles: ['<rootDir>/test/setup-postgres.js'],
    },
  ],
};
