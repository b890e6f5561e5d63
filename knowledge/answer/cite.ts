/** Citation formatting: 《标题》第X条. */
import type { Citation } from '../../core/qa';
import type { Passage } from '../store';

export function citeLabel(p: Pick<Passage, 'title' | 'article'>): string {
  return p.article ? `《${p.title}》${p.article}` : `《${p.title}》`;
}

export function toCitation(p: Passage, snippet?: string): Citation {
  const text = snippet ?? p.text;
  return {
    title: p.title,
    article: p.article,
    snippet: text.length > 160 ? `${text.slice(0, 158)}…` : text,
    ...(p.superseded ? { superseded: true } : {}),
  };
}

/** The plain sentence that warns the only support is a replaced revision. */
export function supersededNotice(p: Passage): string {
  const by = p.supersededBy ? `，该文件已被${p.supersededBy.startsWith('《') ? p.supersededBy : `《${p.supersededBy}》`}取代` : '，该文件已被新版本取代';
  return `注意：只在旧版《${p.title}》中找到依据${by}，以下内容可能已不适用，请以现行版本为准。`;
}
