/**
 * Configuration from the environment, validated once at start-up.
 * This is the only module that reads `process.env`; everything else receives a slice of `Config`.
 * A wrong or missing value stops start-up with a `ConfigError` naming the variable.
 */
import path from 'node:path';

/** Raised when an environment variable is missing, malformed or half of a group. */
export class ConfigError extends Error {
  constructor(
    /** The offending variable names. */
    readonly variables: string[],
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** An OpenAI-compatible endpoint (chat or embeddings). */
export interface ModelEndpoint {
  baseUrl: string | undefined;
  apiKey: string;
  model: string;
}

export interface Config {
  /** HTTP port. Env `PORT`, default 3000. */
  port: number;
  /** Folder for the embedded database, indexes and uploads. Env `DATA_DIR`, default ./var. */
  dataDir: string;
  /** PostgreSQL URL; unset = embedded PGlite in `dataDir`. Env `DATABASE_URL`. */
  databaseUrl: string | undefined;
  /** Redis URL; set = BullMQ job runner, unset = embedded runner. Env `REDIS_URL`. */
  redisUrl: string | undefined;
  /** IANA zone for schedules and dates shown to users. Env `APP_TIMEZONE`, default Asia/Shanghai. */
  timezone: string;
  /** Bearer token of the admin API; unset = admin API disabled. Env `ADMIN_TOKEN`. */
  adminToken: string | undefined;
  /** First admin account created on an empty store. Env `ADMIN_USER` / `ADMIN_PASSWORD`. */
  adminUser: { username: string; password: string } | undefined;
  /** Largest accepted upload in bytes. Env `UPLOAD_MAX_BYTES`, default 20 MB. */
  uploadMaxBytes: number;
  /** Chat model for grounded answers; unset = extractive answers. Env `OPENAI_BASE_URL`, `OPENAI_API_KEY`, `OPENAI_MODEL`. */
  llm: ModelEndpoint | undefined;
  /** Embeddings endpoint; unset = local hashed n-gram embedder. Env `EMBEDDINGS_BASE_URL`, `EMBEDDINGS_API_KEY`, `EMBEDDINGS_MODEL`. */
  embeddings: ModelEndpoint | undefined;
  /** Load the demo handbook into an empty store at start. Env `LOAD_DEMO` (default true). */
  loadDemo: boolean;
  /** Log level for pino. Env `LOG_LEVEL`, default info. */
  logLevel: string;
  /** Which parts this process runs. `npm start` = all; `npm run worker` = jobs only. */
  role: 'all' | 'worker';
  channels: ChannelsConfig;
}

export interface ChannelsConfig {
  /** WeCom smart bot over WebSocket. Env `WECOM_BOT_ID`, `WECOM_BOT_SECRET`, `WECOM_BOT_WS_URL` (optional). */
  wecomBot: { botId: string; secret: string; wsUrl: string | undefined } | undefined;
  /** WeCom self-built app. Env `WECOM_CORP_ID`, `WECOM_AGENT_ID`, `WECOM_SECRET`, `WECOM_TOKEN`, `WECOM_ENCODING_AES_KEY`. */
  wecomApp:
    | { corpId: string; agentId: string; secret: string; token: string; encodingAesKey: string }
    | undefined;
  /** WeCom API origin (apps and group robots). Env `WECOM_API_BASE`, default https://qyapi.weixin.qq.com. */
  wecomApiBase: string;
  /** Group-robot webhook keys, comma separated. Env `WECOM_WEBHOOK_KEYS`. */
  wecomWebhookKeys: string[];
  /**
   * Telegram bot. Env `TELEGRAM_BOT_TOKEN`, `TELEGRAM_API_ROOT` (optional), `TELEGRAM_WEBHOOK_SECRET` (webhook mode),
   * `TELEGRAM_WEBHOOK_URL` (public https URL of /telegram/webhook; set = registered with setWebhook at start).
   */
  telegram: { token: string; apiRoot: string | undefined; webhookSecret: string | undefined; webhookUrl?: string | undefined } | undefined;
}

type Env = Record<string, string | undefined>;

function read(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError([name], `${name} must be an integer, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError([name], `${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

function readUrl(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = read(env, name);
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError([name], `${name} is not a valid URL: "${raw}"`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError([name], `${name} must use ${protocols.join(' or ')}, got "${url.protocol}"`);
  }
  return raw;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError([name], `${name} must be true or false, got "${raw}"`);
}

/**
 * Reads a group of variables that must be set together. Returns undefined when none is set,
 * the values when all required ones are set, and throws naming the missing ones otherwise.
 */
function readGroup<K extends string>(env: Env, group: string, names: Record<K, string>): Record<K, string> | undefined {
  const entries = Object.entries(names) as [K, string][];
  const values = entries.map(([key, name]) => [key, read(env, name)] as const);
  const missing = entries.filter((_, i) => values[i]![1] === undefined).map(([, name]) => name);
  if (missing.length === entries.length) return undefined;
  if (missing.length > 0) {
    throw new ConfigError(missing, `${group} is half configured: missing ${missing.join(', ')}`);
  }
  return Object.fromEntries(values) as Record<K, string>;
}

function validTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function readEndpoint(env: Env, prefix: 'OPENAI' | 'EMBEDDINGS'): ModelEndpoint | undefined {
  const baseUrl = readUrl(env, `${prefix}_BASE_URL`, ['http:', 'https:']);
  const apiKey = read(env, `${prefix}_API_KEY`);
  const model = read(env, `${prefix}_MODEL`);
  if (!baseUrl && !apiKey && !model) return undefined;
  const missing = [!apiKey && `${prefix}_API_KEY`, !model && `${prefix}_MODEL`].filter(Boolean) as string[];
  if (missing.length) throw new ConfigError(missing, `${prefix}_* is half configured: missing ${missing.join(', ')}`);
  return { baseUrl, apiKey: apiKey!, model: model! };
}

/** Builds and validates the configuration. Throws `ConfigError` naming the variable at fault. */
export function loadConfig(env: Env = process.env, role: Config['role'] = 'all'): Config {
  const timezone = read(env, 'APP_TIMEZONE') ?? 'Asia/Shanghai';
  if (!validTimezone(timezone)) throw new ConfigError(['APP_TIMEZONE'], `APP_TIMEZONE is not a known time zone: "${timezone}"`);

  const adminToken = read(env, 'ADMIN_TOKEN');
  if (adminToken !== undefined && adminToken.length < 16) {
    throw new ConfigError(['ADMIN_TOKEN'], 'ADMIN_TOKEN must be at least 16 characters');
  }
  const admin = readGroup(env, 'ADMIN_USER/ADMIN_PASSWORD', { username: 'ADMIN_USER', password: 'ADMIN_PASSWORD' });
  if (admin && admin.password.length < 8) throw new ConfigError(['ADMIN_PASSWORD'], 'ADMIN_PASSWORD must be at least 8 characters');

  const wecomBot = readGroup(env, 'WeCom smart bot', { botId: 'WECOM_BOT_ID', secret: 'WECOM_BOT_SECRET' });
  const wecomApp = readGroup(env, 'WeCom app', {
    corpId: 'WECOM_CORP_ID',
    agentId: 'WECOM_AGENT_ID',
    secret: 'WECOM_SECRET',
    token: 'WECOM_TOKEN',
    encodingAesKey: 'WECOM_ENCODING_AES_KEY',
  });
  if (wecomApp && !/^[A-Za-z0-9]{43}$/.test(wecomApp.encodingAesKey)) {
    throw new ConfigError(['WECOM_ENCODING_AES_KEY'], 'WECOM_ENCODING_AES_KEY must be 43 letters or digits');
  }
  const wecomBotWsUrl = readUrl(env, 'WECOM_BOT_WS_URL', ['ws:', 'wss:']);
  if (wecomBotWsUrl && !wecomBot) {
    throw new ConfigError(['WECOM_BOT_ID', 'WECOM_BOT_SECRET'], 'WECOM_BOT_WS_URL is set but WECOM_BOT_ID and WECOM_BOT_SECRET are missing');
  }
  const telegramToken = read(env, 'TELEGRAM_BOT_TOKEN');
  const telegramApiRoot = readUrl(env, 'TELEGRAM_API_ROOT', ['http:', 'https:']);
  const telegramWebhookSecret = read(env, 'TELEGRAM_WEBHOOK_SECRET');
  const telegramWebhookUrl = readUrl(env, 'TELEGRAM_WEBHOOK_URL', ['https:', 'http:']);
  if (telegramWebhookUrl && !telegramWebhookSecret) {
    throw new ConfigError(['TELEGRAM_WEBHOOK_SECRET'], 'TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is missing (webhook mode needs both)');
  }
  if (!telegramToken && (telegramApiRoot || telegramWebhookSecret || telegramWebhookUrl)) {
    throw new ConfigError(['TELEGRAM_BOT_TOKEN'], 'TELEGRAM_API_ROOT, TELEGRAM_WEBHOOK_SECRET or TELEGRAM_WEBHOOK_URL is set but TELEGRAM_BOT_TOKEN is missing');
  }
  if (telegramWebhookSecret && !/^[A-Za-z0-9_-]{1,256}$/.test(telegramWebhookSecret)) {
    throw new ConfigError(['TELEGRAM_WEBHOOK_SECRET'], 'TELEGRAM_WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - (1-256 characters)');
  }

  return {
    port: readInt(env, 'PORT', 3000, 0, 65535),
    dataDir: path.resolve(read(env, 'DATA_DIR') ?? './var'),
    databaseUrl: readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    timezone,
    adminToken,
    adminUser: admin,
    uploadMaxBytes: readInt(env, 'UPLOAD_MAX_BYTES', 20 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    llm: readEndpoint(env, 'OPENAI'),
    embeddings: readEndpoint(env, 'EMBEDDINGS'),
    loadDemo: readBool(env, 'LOAD_DEMO', true),
    logLevel: read(env, 'LOG_LEVEL') ?? 'info',
    role,
    channels: {
      wecomBot: wecomBot ? { ...wecomBot, wsUrl: wecomBotWsUrl } : undefined,
      wecomApp,
      wecomApiBase: readUrl(env, 'WECOM_API_BASE', ['http:', 'https:']) ?? 'https://qyapi.weixin.qq.com',
      wecomWebhookKeys: (read(env, 'WECOM_WEBHOOK_KEYS') ?? '').split(',').map((k) => k.trim()).filter(Boolean),
      telegram: telegramToken ? { token: telegramToken, apiRoot: telegramApiRoot, webhookSecret: telegramWebhookSecret, webhookUrl: telegramWebhookUrl } : undefined,
    },
  };
}
