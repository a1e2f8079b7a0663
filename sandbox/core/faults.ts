/**
 * Fault injection: make chosen requests fail the ways a real network and a real DailyBot fail, so the
 * app's error handling can be tested end to end.
 *
 *   POST /_sandbox/faults {method?, path, status?, body?, delay_ms?, retry_after?, drop_connection?, non_json?, times?}
 *
 * - `path` is a server path such as `/v1/users/`; it matches exactly, or as a prefix when it ends
 *   with `*` (`/v1/checkins/*`). The query string is ignored. `method` is any method when absent.
 * - `delay_ms` waits before answering; alone, the normal answer follows the wait (a slow DailyBot).
 * - `drop_connection` closes the socket without an answer (a reset connection).
 * - `non_json` answers an HTML page (status 502 unless given), like a proxy in front of DailyBot.
 * - `status` answers that status with `body` (default: a DailyBot-style error; for 429 the throttling
 *   text), and `retry_after` adds a `Retry-After` header in seconds.
 * - `times` limits how many requests the fault hits (every request when absent).
 * Faults never apply to `/_sandbox/` routes, so a test can always clear them.
 */
import { BodyCheck } from './checks';
import { invalid } from './errors';

export interface Fault {
  id: number;
  method: string | null;
  path: string;
  status: number | null;
  body: unknown;
  delay_ms: number;
  retry_after: number | null;
  drop_connection: boolean;
  non_json: boolean;
  /** Requests it may still hit; null for no limit. */
  remaining: number | null;
  hits: number;
}

export const FAULT_FIELDS = ['method', 'path', 'status', 'body', 'delay_ms', 'retry_after', 'drop_connection', 'non_json', 'times'] as const;

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

export class Faults {
  private list: Fault[] = [];
  private nextId = 1;
  private readonly timers = new Set<{ timer: NodeJS.Timeout; done: () => void }>();

  get all(): readonly Fault[] {
    return this.list;
  }

  /** Adds a fault from its JSON description; a bad description is a 400. */
  add(spec: unknown): Fault {
    const check = new BodyCheck(spec, FAULT_FIELDS);
    const method = check.string('method');
    const path = check.string('path', { required: true });
    const status = check.integer('status', { min: 100, max: 599 });
    const delay = check.integer('delay_ms', { min: 0, max: 120_000 });
    const retryAfter = check.integer('retry_after', { min: 0 });
    const drop = check.boolean('drop_connection');
    const nonJson = check.boolean('non_json');
    const times = check.integer('times', { min: 1 });
    if (method && !METHODS.includes(method.toUpperCase() as (typeof METHODS)[number])) check.fail('method', `"${method}" is not a valid choice.`);
    if (path && !path.startsWith('/')) check.fail('path', 'Give a server path that starts with "/", such as "/v1/users/".');
    if (path?.startsWith('/_sandbox')) check.fail('path', 'Faults cannot apply to /_sandbox/ routes.');
    check.done();
    if (!status && !delay && !drop && !nonJson) {
      throw invalid({ non_field_errors: ['Say what should happen: status, delay_ms, drop_connection or non_json.'] });
    }
    const fault: Fault = {
      id: this.nextId++,
      method: method ? method.toUpperCase() : null,
      path: path!,
      status: status ?? null,
      body: check.body.body,
      delay_ms: delay ?? 0,
      retry_after: retryAfter ?? null,
      drop_connection: drop ?? false,
      non_json: nonJson ?? false,
      remaining: times ?? null,
      hits: 0,
    };
    this.list.push(fault);
    return fault;
  }

  remove(id: number): boolean {
    const before = this.list.length;
    this.list = this.list.filter((f) => f.id !== id);
    return this.list.length < before;
  }

  clear(): void {
    this.list = [];
  }

  /** The first fault for this request, counted as hit; undefined when none applies. */
  take(method: string, path: string): Fault | undefined {
    if (path.startsWith('/_sandbox')) return undefined;
    const fault = this.list.find(
      (f) =>
        (f.remaining === null || f.remaining > 0) &&
        (f.method === null || f.method === method.toUpperCase()) &&
        (f.path.endsWith('*') ? path.startsWith(f.path.slice(0, -1)) : path === f.path),
    );
    if (!fault) return undefined;
    fault.hits += 1;
    if (fault.remaining !== null) fault.remaining -= 1;
    return fault;
  }

  /** Waits `ms`; cut short by `cancelWaits()` (when the sandbox closes). */
  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.timers.delete(entry);
          resolve();
        }, ms),
        done: resolve,
      };
      this.timers.add(entry);
    });
  }

  cancelWaits(): void {
    for (const entry of this.timers) {
      clearTimeout(entry.timer);
      entry.done();
    }
    this.timers.clear();
  }
}

/** The body a status fault answers with when none was given. */
export const defaultFaultBody = (status: number, retryAfter: number | null): unknown => {
  if (status === 429) return { detail: `Request was throttled. Expected available in ${retryAfter ?? 30} seconds.` };
  if (status >= 500) return { detail: 'A server error occurred.', code: 'server_error' };
  return { detail: `Injected fault (HTTP ${status}).`, code: 'injected_fault' };
};

export const NON_JSON_PAGE = '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>';
