/**
 * Aliases for uploaded documents, written by the configured model: for each passage, the questions
 * members would type about it in their own words. The bundled regulations ship hand-checked alias
 * files (data/aliases); a branch's own handbook gets its aliases this way once a model is
 * configured (jobs/workers/knowledge-aliases.ts). The questions only help retrieval: they are
 * indexed with the passage and never shown or quoted.
 */
import type { ModelEndpoint } from '../core/config';
import { createOpenAIClient } from './openai-client';

/** A passage as the model sees it: where it is cited from, and its text. */
export interface AliasSource {
  label: string;
  text: string;
}

export interface AliasWriter {
  /** One list of questions per source, in order ([] where the model gave none usable). Throws when the model cannot be reached. */
  write(sources: readonly AliasSource[]): Promise<string[][]>;
}

/** Questions kept per passage. */
export const ALIASES_PER_PASSAGE = 10;
/** Shortest and longest question kept (characters). */
const MIN_CHARS = 4;
const MAX_CHARS = 80;

const SYSTEM_PROMPT = [
  '你帮助一个党建问答助手做检索。下面给出党内法规或党支部工作手册中的若干条文。',
  `请为每一条写 ${ALIASES_PER_PASSAGE} 个党员或支部书记在企业微信群里可能会问、而答案就在这一条里的问题。`,
  '要求：用大家平时说话的口吻，不照抄条文原句；有的简短直接，有的讲一个具体情况（人名、人数、时间），有的不知道正式术语而是描述那件事；',
  '只问条文里确实能回答的内容，不编造条文没有的事实。',
  '只输出一个 JSON 对象，键是条文编号（"1"、"2"…），值是问题字符串数组，不要输出其他内容。',
].join('\n');

/** Reads the model's reply: a JSON object from source number to questions (code fences and chatter around it are tolerated). */
export function parseAliasReply(reply: string, count: number): string[][] {
  const out: string[][] = Array.from({ length: count }, () => []);
  const start = reply.indexOf('{');
  const end = reply.lastIndexOf('}');
  if (start < 0 || end <= start) return out;
  let parsed: unknown;
  try {
    parsed = JSON.parse(reply.slice(start, end + 1));
  } catch {
    return out;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return out;
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    const i = Number(key) - 1;
    if (!Number.isInteger(i) || i < 0 || i >= count || !Array.isArray(value)) continue;
    const seen = new Set<string>();
    for (const q of value) {
      if (out[i]!.length >= ALIASES_PER_PASSAGE) break;
      if (typeof q !== 'string') continue;
      // "；" joins a passage's aliases in storage.
      const clean = q.replace(/[；;\n\r]+/g, '，').trim();
      if (clean.length < MIN_CHARS || clean.length > MAX_CHARS || seen.has(clean)) continue;
      seen.add(clean);
      out[i]!.push(clean);
    }
  }
  return out;
}

export function createAliasWriter(endpoint: ModelEndpoint, opts: { timeoutMs?: number } = {}): AliasWriter {
  const client = createOpenAIClient(endpoint, opts.timeoutMs ?? 120_000);
  return {
    async write(sources) {
      const body = sources.map((s, i) => `[${i + 1}] ${s.label}\n${s.text}`).join('\n\n');
      const res = await client.chat.completions.create({
        model: endpoint.model,
        temperature: 0.7,
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: body },
        ],
      });
      return parseAliasReply(res.choices[0]?.message?.content ?? '', sources.length);
    },
  };
}
