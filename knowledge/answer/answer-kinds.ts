/**
 * Kinds of fact a question asks for that the retrieved passages must state, else Xiaozhi declines
 * (`unstatedAnswerKind`, read by the decline rule in ./support.ts):
 *  - facts the regulations and handbooks never state: who holds an office now or here, years and
 *    places of events, sums, refunds, rankings, payment channels, where a local matter stands, what a
 *    revision changed, templates, quotas, ranks, appeal deadlines, proxy votes, local schedules and
 *    office practice, measures short of a penalty, school discipline, civil matters (`answerKindMissing`: ./kinds/fact-kinds.ts, ./kinds/civil-matters.ts);
 *  - how often a meeting is held, said of that meeting (`meetingFrequencyUnstated`);
 *  - how long training lasts, said of the trainee asked about (`trainingLengthUnstated`);
 *  - either-or questions, one of whose alternatives a passage must name (`alternativesUnstated`);
 *  - a regulation the library does not hold, named, or the items of a rule known by its count that
 *    the library only mentions (八项规定) (`namedDocumentMissing`);
 *  - a version named by its year that no retrieved title or passage names (`namedVersionMissing`);
 *  - a claimed year that neither quoted passage states (`claimedYearUnstated`);
 *  - a meeting's quorum, said of that meeting (`quorumUnstated`).
 * Each check lives in ./kinds/, the table of kinds of fact in ./kinds/fact-kinds.ts.
 */
import { alternativesUnstated } from './kinds/alternatives';
import { civilMatterOrPayUnstated } from './kinds/civil-matters';
import { factKindMissing } from './kinds/fact-kinds';
import { meetingFrequencyUnstated } from './kinds/meeting-frequency';
import { namedDocumentMissing } from './kinds/named-rules';
import { quorumUnstated } from './kinds/quorum';
import { trainingLengthUnstated } from './kinds/training-length';
import { claimedYearUnstated, namedVersionMissing } from './kinds/years';
import type { RetrievedHit } from './types';

export { alternativesUnstated, claimedYearUnstated, meetingFrequencyUnstated, namedDocumentMissing, namedVersionMissing, quorumUnstated, trainingLengthUnstated };

/** True when the question asks for a kind of fact the best passage does not contain, or a civil matter. */
export function answerKindMissing(normalizedQuestion: string, passageText: string): boolean {
  return factKindMissing(normalizedQuestion, passageText) || civilMatterOrPayUnstated(normalizedQuestion, passageText);
}

/** True when the question asks for a kind of fact that the passages the answer would quote do not state. */
export function unstatedAnswerKind(normalizedQuestion: string, hits: readonly RetrievedHit[]): boolean {
  const quoted = hits.slice(0, 2).map((h) => h.passage.text);
  return (
    answerKindMissing(normalizedQuestion, quoted[0] ?? '') ||
    trainingLengthUnstated(normalizedQuestion, quoted) ||
    meetingFrequencyUnstated(normalizedQuestion, quoted) ||
    alternativesUnstated(normalizedQuestion, quoted) ||
    claimedYearUnstated(normalizedQuestion, quoted) ||
    quorumUnstated(normalizedQuestion, quoted) ||
    namedDocumentMissing(normalizedQuestion, hits) ||
    namedVersionMissing(normalizedQuestion, hits)
  );
}
