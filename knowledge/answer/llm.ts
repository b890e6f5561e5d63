/**
 * Grounded generation through any OpenAI-compatible endpoint: the model sees only the retrieved
 * passages, must cite them as 《标题》第X条, and must say NO_SUPPORT when they do not answer.
 */
import type { Citation } from '../../core/qa';
import type { ModelEndpoint } from '../../core/config';
import { createOpenAIClient } from '../openai-client';
import { citeLabel, supersededNotice, toCitation } from './cite';
import type { RetrievedHit } from './types';

export const NO_SUPPORT = 'NO_SUPPORT';

const SYSTEM_PROMPT = [
  '你是“党小智”，负责依据党内法规和党支部工作手册回答党员的问题。',
  '只能依据下面提供的资料作答，不得使用资料以外的知识，不得编造。',
  '回答要简洁、准确，使用简体中文；引用依据时写成《标题》第X条的形式。',
  '资料标注为“已被取代”的，只有在没有现行资料时才可引用，并要说明它已被取代。',
  `如果资料不足以回答问题，只输出 ${NO_SUPPORT}，不要输出其他内容。`,
].join('\n');

export interface LlmResult {
  text: string;
  citations: Citation[];
  declined: boolean;
}

export interface LlmAnswerer {
  answer(question: string, hits: RetrievedHit[], onPartial?: (soFar: string) => void): Promise<LlmResult>;
}

function contextBlock(hits: RetrievedHit[]): string {
  return hits
    .map((h, i) => {
      const tag = h.passage.superseded ? '（已被取代）' : '';
      return `[资料${i + 1}] ${citeLabel(h.passage)}${tag}\n${h.passage.text}`;
    })
    .join('\n\n');
}

export function createLlmAnswerer(endpoint: ModelEndpoint, opts: { timeoutMs?: number } = {}): LlmAnswerer {
  const client = createOpenAIClient(endpoint, opts.timeoutMs ?? 30000);
  return {
    async answer(question, hits, onPartial) {
      const stream = await client.chat.completions.create({
        model: endpoint.model,
        stream: true,
        temperature: 0,
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: `资料：\n${contextBlock(hits)}\n\n问题：${question}` },
        ],
      });
      let text = '';
      for await (const part of stream) {
        const delta = part.choices[0]?.delta?.content ?? '';
        if (!delta) continue;
        text += delta;
        // Do not stream the refusal marker to the user.
        if (onPartial && !NO_SUPPORT.startsWith(text.trim().slice(0, NO_SUPPORT.length))) onPartial(text);
      }
      text = text.trim();
      if (!text || text.includes(NO_SUPPORT)) return { text: '', citations: [], declined: true };
      const cited = hits.filter((h) => text.includes(citeLabel(h.passage)));
      const used = cited.length ? cited : hits.slice(0, 1);
      const onlySuperseded = used.every((h) => h.passage.superseded);
      const prefix = onlySuperseded && used[0] ? `${supersededNotice(used[0].passage)}\n` : '';
      return { text: prefix + text, citations: used.map((h) => toCitation(h.passage)), declined: false };
    },
  };
}
