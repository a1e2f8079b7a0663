/**
 * One row of the requests section (bench/requests.ts): what a step made against the sandbox, beside
 * its minimum, with the requests named as `GET /users/ ×1`.
 */
import type { RequestRecord } from '../sandbox/index';

export interface StepCount {
  /** What ran: `send_message · emails`, `checkin_response_completed`. */
  label: string;
  made: number;
  min: number;
  /** The key of its minimum in bench/minimums.ts (for a trigger: its performList's). */
  minId: string;
  why: string;
  /** The requests made, grouped: `GET /users/ ×1, POST /send-message/ ×1`. */
  detail: string;
  /** For triggers: the four counts, `subscribe / unsubscribe / perform / performList`. */
  parts?: { made: number[]; min: number[] };
  error?: string;
}

const UUID_IN_PATH = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** `POST /send-message/`, with IDs written `{id}` and the Activity Hook and Workflow Trigger URL named as such. */
export const describeRequest = (request: Pick<RequestRecord, 'method' | 'path'>): string => {
  const path = request.path.split('?')[0]!;
  if (path.startsWith('/activity/')) return `${request.method} Activity Hook`;
  if (path.startsWith('/workflow-trigger/')) return `${request.method} Workflow Trigger URL`;
  return `${request.method} ${path.replace(/^\/v1/, '').replace(UUID_IN_PATH, '{id}')}`;
};

/** `GET /users/ ×2, POST /send-message/ ×1`, in the order first seen. */
export const summarize = (requests: readonly Pick<RequestRecord, 'method' | 'path'>[]): string => {
  const counts = new Map<string, number>();
  for (const request of requests) {
    const key = describeRequest(request);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts.size === 0 ? 'none' : [...counts].map(([key, n]) => `${key} ×${n}`).join(', ');
};

/** An error in one line, short enough for a table cell. */
export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 160);
