/**
 * The outbox: what DailyBot "sent" (messages, emails, kudos, activities, reminders, conversations),
 * for a test to look at afterwards. Each domain adds the kinds it sends to `OutboxKinds`
 * (`declare module '../../core/outbox' { interface OutboxKinds { reminder: {…} } }`).
 */

/** Outbox kind → the fields of its entries; domains add theirs. */
// An interface, so that domains can add to it.
export interface OutboxKinds {}

export type OutboxKind = keyof OutboxKinds;

export type OutboxEntry = { [K in OutboxKind]: { id: number; at: string; kind: K } & OutboxKinds[K] }[OutboxKind];

/** An outbox entry before it gets its id and time. */
export type NewOutboxEntry = { [K in OutboxKind]: { kind: K } & OutboxKinds[K] }[OutboxKind];

export class Outbox {
  private list: OutboxEntry[] = [];
  private nextId = 1;

  get entries(): readonly OutboxEntry[] {
    return this.list;
  }

  add(entry: NewOutboxEntry, at: Date): OutboxEntry {
    const full = { id: this.nextId++, at: at.toISOString(), ...entry } as OutboxEntry;
    this.list.push(full);
    return full;
  }

  /** Empties the list; ids keep counting (`DELETE /_sandbox/outbox`). */
  clear(): void {
    this.list = [];
  }
}
