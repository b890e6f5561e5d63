/**
 * A tiny typed in-process event bus for domain events. Features publish facts ("attendance
 * recorded"); others (points) subscribe without the publisher knowing them.
 *
 * Add an event by extending `DomainEvents` (here, or by declaration merging in the publishing
 * module). Handlers run one after another; a failing handler is logged and does not stop the
 * others nor the publisher.
 */
import type { Logger } from './logger';

/** Event name → payload. */
export interface DomainEvents {
  /** A member checked in at a meeting (meetings module). Emitted once per member and meeting. */
  'attendance.recorded': {
    meetingId: number;
    memberId: number;
    orgId: number;
    /** `Meeting.kind`, e.g. "branch_general_meeting". */
    kind: string;
    /** When the member checked in. */
    at: Date;
    /** Same as `at` (the name the points module reads). */
    checkedInAt: Date;
  };
}

export type EventName = keyof DomainEvents;
export type EventHandler<K extends EventName> = (payload: DomainEvents[K]) => unknown | Promise<unknown>;

export class EventBus {
  private readonly handlers = new Map<EventName, EventHandler<EventName>[]>();

  constructor(private readonly logger?: Pick<Logger, 'error'>) {}

  /** Subscribes; returns the function that unsubscribes. */
  on<K extends EventName>(name: K, handler: EventHandler<K>): () => void {
    const list = this.handlers.get(name) ?? [];
    list.push(handler as EventHandler<EventName>);
    this.handlers.set(name, list);
    return () => {
      const current = this.handlers.get(name) ?? [];
      this.handlers.set(
        name,
        current.filter((h) => h !== handler),
      );
    };
  }

  /** Runs every handler of `name` in order and waits for them; handler errors are logged, not thrown. */
  async emit<K extends EventName>(name: K, payload: DomainEvents[K]): Promise<void> {
    for (const handler of [...(this.handlers.get(name) ?? [])]) {
      try {
        await handler(payload);
      } catch (err) {
        this.logger?.error({ err, event: name }, 'event handler failed');
      }
    }
  }
}
