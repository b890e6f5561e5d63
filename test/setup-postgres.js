// Selects the PostgreSQL server for the "postgres" jest project (see test/db.ts).
process.env.XZ_TEST_DB = 'postgres';
process.env.TEST_DATABASE_URL ||= 'postgres://postgres@127.0.0.1:5432/test';
