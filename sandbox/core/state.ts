/**
 * The sandbox's state: the organization in memory, its clock, and what a test wants to look at
 * afterwards: the outbox (what DailyBot "sent"), the request log (with headers) and the injected
 * faults. Everything that can happen to the organization is a domain's operation (domains/*), merged
 * into this object by `createState` (domains/index.ts): the API routes and the `/_sandbox/` routes
 * both call those, so `POST /kudos/` and `POST /_sandbox/kudos` fire the same `kudos.posted` webhook.
 * Operations that refuse something throw an ApiError with DailyBot's answer.
 */
import type { SandboxState } from '../domains';
import type { Delivery } from '../domains/webhooks/dispatcher';
import { authenticate } from './auth';
import type { Domain } from './domain';
import type { ErrorBody } from './errors';
import { Faults } from './faults';
import { hookDeleteStyleFromEnv, type HookDeleteStyle } from './hook-delete';
import { pagingStyleFromEnv, type PagingStyle } from './paging';
import { RateLimit, rateLimitFromEnv } from './rate-limit';
import type { DemoIds, Organization, OrganizationData } from './organization';
import { Outbox, type NewOutboxEntry, type OutboxEntry } from './outbox';
import { Random } from './random';
import { RequestLog, type RequestRecord } from './requests';
import { buildOrganization } from './seed';
import { isoDate } from './time';
import type { User } from '../domains/people/model';

export interface StateOptions {
  /** People in the organization, 5 … 10,000 (default 25). */
  users?: number;
  /** The seed of every random choice (default 1). */
  seed?: number;
  /** The sandbox's "now" at startup (default: the real time); the clock runs on from it. */
  now?: Date | string;
  /** How long a webhook target may take to answer (default 10 s). */
  webhookTimeoutMs?: number;
  onDelivered?: (delivery: Delivery) => void;
  /** How lists are paged: `offset` (limit/offset, the developer docs) or `page` (page/page_size, the official CLI). Default: `DAILYBOT_SANDBOX_PAGING`, else `offset`. */
  paging?: PagingStyle;
  /** Which DELETE removes a webhook: `any`, `query` (seed 001), `item` (seed 002) or `body` (newer docs). Default: `DAILYBOT_SANDBOX_HOOK_DELETE`, else `any`. */
  hookDelete?: HookDeleteStyle;
  /** Requests a minute per API key before 429s (`null`: no limit). Default: `DAILYBOT_SANDBOX_RATE_LIMIT`, else none. */
  rateLimit?: number | null;
}

export class CoreState {
  /** The organization; rebuilt by `reset()`, so read it through here each time. */
  data!: OrganizationData;
  /** IDs made at run time come from their own stream: the same operations give the same IDs. */
  rng!: Random;
  private clockBase!: number;
  private clockStart!: number;
  private outboxLog = new Outbox();
  private requestLog = new RequestLog();
  readonly faults = new Faults();
  readonly userCount: number;
  readonly seed: number;
  /** How lists are paged now (`POST /_sandbox/paging` changes it; `reset()` restores the start's). */
  paging: PagingStyle;
  /** Which DELETE removes a webhook now (`POST /_sandbox/hook-delete` changes it; `reset()` restores the start's). */
  hookDelete: HookDeleteStyle;
  readonly rateLimit: RateLimit;

  constructor(
    readonly domains: readonly Domain[],
    readonly options: StateOptions = {},
  ) {
    this.userCount = options.users ?? 25;
    this.seed = options.seed ?? 1;
    this.paging = options.paging ?? pagingStyleFromEnv();
    this.hookDelete = options.hookDelete ?? hookDeleteStyleFromEnv();
    this.rateLimit = new RateLimit(options.rateLimit === undefined ? rateLimitFromEnv() : options.rateLimit);
    this.build();
  }

  private build(): void {
    this.clockStart = Date.now();
    this.clockBase = this.options.now === undefined ? this.clockStart : new Date(this.options.now).getTime();
    if (Number.isNaN(this.clockBase)) throw new RangeError(`"now" is not a date: ${String(this.options.now)}`);
    // the clock's base itself, not now(): a millisecond passing here would shift every seeded date
    this.data = buildOrganization(this.domains, { users: this.userCount, seed: this.seed, now: new Date(this.clockBase) });
    this.rng = new Random(this.seed + 0x5eed);
    this.outboxLog = new Outbox();
    this.requestLog = new RequestLog();
  }

  /** Back to the freshly seeded organization: no subscriptions, outbox, logs or faults; paging, webhook DELETE style and rate limit as at the start. */
  reset(): void {
    for (const domain of this.domains) domain.reset?.(this as unknown as SandboxState);
    this.faults.clear();
    this.paging = this.options.paging ?? pagingStyleFromEnv();
    this.hookDelete = this.options.hookDelete ?? hookDeleteStyleFromEnv();
    this.rateLimit.set(this.options.rateLimit === undefined ? rateLimitFromEnv() : this.options.rateLimit);
    this.build();
  }

  // ── Clock ─────────────────────────────────────────────────────────────────────────────────────

  now(): Date {
    return new Date(this.clockBase + (Date.now() - this.clockStart));
  }

  today(): string {
    return isoDate(this.now());
  }

  // ── The organization and its keys ─────────────────────────────────────────────────────────────

  get org(): Organization {
    return this.data.org;
  }
  get demo(): DemoIds {
    return this.data.demo;
  }
  /** The main key (its owner is the organization's admin). */
  get apiKey(): string {
    return this.data.keys[0]!.key;
  }
  /** The key of an organization on the free plan: every call answers 403 `plan_free_api_keys_forbidden`. */
  get freePlanKey(): string {
    return this.data.keys[1]!.key;
  }
  /** A key whose owner was deactivated: every call answers 403 `api_key_owner_inactive`. */
  get inactiveOwnerKey(): string {
    return this.data.keys[2]!.key;
  }

  /** Who a key belongs to, or DailyBot's 403 body for it. */
  authenticate(key: string | undefined): { user: User } | { error: ErrorBody } {
    return authenticate(this.data, key);
  }

  // ── Outbox and request log ────────────────────────────────────────────────────────────────────

  get outbox(): readonly OutboxEntry[] {
    return this.outboxLog.entries;
  }

  /** Something DailyBot sent (a message, an email, a reminder…). */
  send(entry: NewOutboxEntry): OutboxEntry {
    return this.outboxLog.add(entry, this.now());
  }

  clearOutbox(): void {
    this.outboxLog.clear();
  }

  get requests(): readonly RequestRecord[] {
    return this.requestLog.entries;
  }

  recordRequest(entry: Omit<RequestRecord, 'id' | 'received_at' | 'status' | 'body' | 'fault'>): RequestRecord {
    return this.requestLog.record(entry, this.now());
  }
}
