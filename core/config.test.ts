import { ConfigError, loadConfig } from './config';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

test('defaults need no environment at all', () => {
  const c = loadConfig({});
  expect(c.port).toBe(3000);
  expect(c.timezone).toBe('Asia/Shanghai');
  expect(c.dataDir).toMatch(/var$/);
  expect(c.databaseUrl).toBeUndefined();
  expect(c.llm).toBeUndefined();
  expect(c.embeddings).toBeUndefined();
  expect(c.uploadMaxBytes).toBe(20 * 1024 * 1024);
  expect(c.channels.telegram).toBeUndefined();
  expect(c.channels.wecomApiBase).toBe('https://qyapi.weixin.qq.com');
});

test.each([
  [{ PORT: 'abc' }, 'PORT'],
  [{ PORT: '70000' }, 'PORT'],
  [{ APP_TIMEZONE: 'Mars/Base' }, 'APP_TIMEZONE'],
  [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
  [{ REDIS_URL: 'not a url' }, 'REDIS_URL'],
  [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN'],
  [{ OPENAI_BASE_URL: 'https://api.example.com/v1' }, 'OPENAI_API_KEY'],
  [{ EMBEDDINGS_API_KEY: 'k' }, 'EMBEDDINGS_MODEL'],
  [{ WECOM_CORP_ID: 'ww1', WECOM_AGENT_ID: '1000002' }, 'WECOM_SECRET'],
  [{ WECOM_BOT_ID: 'b' }, 'WECOM_BOT_SECRET'],
  [{ TELEGRAM_WEBHOOK_SECRET: 's' }, 'TELEGRAM_BOT_TOKEN'],
  [{ LOAD_DEMO: 'maybe' }, 'LOAD_DEMO'],
])('%j stops start-up naming %s', (env, variable) => {
  const err = configError(env as Record<string, string>);
  expect(err.variables).toContain(variable);
  expect(err.message).toContain(variable);
});

test('complete groups are accepted', () => {
  const c = loadConfig({
    OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
    OPENAI_API_KEY: 'k',
    OPENAI_MODEL: 'm',
    TELEGRAM_BOT_TOKEN: '123:abc',
    TELEGRAM_WEBHOOK_SECRET: 'sec_ret-1',
    WECOM_WEBHOOK_KEYS: 'a, b,,c',
  });
  expect(c.llm).toEqual({ baseUrl: 'http://127.0.0.1:9/v1', apiKey: 'k', model: 'm' });
  expect(c.channels.telegram?.webhookSecret).toBe('sec_ret-1');
  expect(c.channels.wecomWebhookKeys).toEqual(['a', 'b', 'c']);
});
