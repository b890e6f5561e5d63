/**
 * Meeting kinds of 三会一课 and other organisational life, with their Chinese labels and the
 * aliases a secretary may type in a chat command. The one place these labels live.
 */

/** `Meeting.kind` values stored in `meetings.kind`. */
export const MEETING_KINDS = [
  'branch_general_meeting',
  'committee_meeting',
  'group_meeting',
  'party_lecture',
  'theme_day',
  'organizational_life',
  'member_review',
  'other',
] as const;

export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Label (zh-CN) and typed aliases per kind; the label itself is always accepted too. */
export const MEETING_KIND_INFO: Record<MeetingKind, { label: string; aliases: string[] }> = {
  branch_general_meeting: { label: '支部党员大会', aliases: ['党员大会', '支部大会', '党支部党员大会'] },
  committee_meeting: { label: '支部委员会会议', aliases: ['支委会', '支委会议', '支部委员会', '党支部委员会会议'] },
  group_meeting: { label: '党小组会', aliases: ['党小组会议', '小组会'] },
  party_lecture: { label: '党课', aliases: ['上党课', '讲党课'] },
  theme_day: { label: '主题党日', aliases: ['主题党日活动', '党日活动'] },
  organizational_life: { label: '组织生活会', aliases: ['组织生活'] },
  member_review: { label: '民主评议党员', aliases: ['民主评议'] },
  other: { label: '其他', aliases: ['其它', '其他会议'] },
};

/** The Chinese label of a kind, e.g. "支部委员会会议". */
export function meetingKindLabel(kind: MeetingKind): string {
  return MEETING_KIND_INFO[kind].label;
}

export function isMeetingKind(value: unknown): value is MeetingKind {
  return typeof value === 'string' && (MEETING_KINDS as readonly string[]).includes(value);
}

/** Resolves an English kind value, a label or an alias; undefined when nothing matches. */
export function parseMeetingKind(text: string): MeetingKind | undefined {
  const t = text.trim();
  if (isMeetingKind(t)) return t;
  for (const kind of MEETING_KINDS) {
    const info = MEETING_KIND_INFO[kind];
    if (info.label === t || info.aliases.includes(t)) return kind;
  }
  return undefined;
}

/** All labels and aliases, for the "unknown type" error message. */
export function meetingKindChoices(): string {
  return MEETING_KINDS.filter((k) => k !== 'other')
    .map((k) => {
      const info = MEETING_KIND_INFO[k];
      return info.aliases[0] && k === 'committee_meeting' ? `${info.label}（${info.aliases[0]}）` : info.label;
    })
    .join('、');
}
