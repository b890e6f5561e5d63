/**
 * Adapters from the meetings domain's ports to the job layer: messages go through the outbox
 * (one row per recipient, delivered and retried by `outbox.deliver`), reminders are one-off jobs on
 * the `JobRunner` with keys `meeting:<id>:…` so a cancel by prefix removes them all.
 */
import type { MeetingJobScheduler, MessageDelivery, OutgoingMessage } from '../../core/meetings/types';
import type { JobRunner } from '../contract';
import type { Outbox, OutboxMessage } from '../outbox';

/** "telegram:-1001" → channel "telegram", target "-1001" (the target may contain further ":"). */
export function splitAddress(address: string): { channel: string; target: string } {
  const i = address.indexOf(':');
  if (i <= 0 || i === address.length - 1) throw new Error(`not a channel-prefixed address: "${address}"`);
  return { channel: address.slice(0, i), target: address.slice(i + 1) };
}

/** The outbox row of a domain message; the payload is the `Reply` (channels render it when delivering). */
export function toOutboxMessage(m: OutgoingMessage): OutboxMessage {
  return { key: m.key, kind: m.kind, ...splitAddress(m.address), payload: m.reply };
}

/** `MessageDelivery` on the outbox. */
export function outboxDelivery(outbox: Outbox): MessageDelivery {
  return {
    async deliver(messages) {
      if (messages.length) await outbox.sendMany(messages.map(toOutboxMessage));
    },
  };
}

/** `MeetingJobScheduler` on a `JobRunner` (BullMQ or embedded). */
export function runnerScheduler(runner: JobRunner): MeetingJobScheduler {
  return {
    async schedule(job) {
      await runner.enqueue(job.name, job.payload, { key: job.key, runAt: job.runAt });
    },
    async cancelByPrefix(prefix) {
      await runner.cancel({ prefix });
    },
  };
}
