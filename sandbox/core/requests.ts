/** The request log: every request the sandbox received, with the headers it carried. */

export interface RequestRecord {
  id: number;
  method: string;
  /** Path and query, as received. */
  url: string;
  path: string;
  /** Lower-case names. */
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  /** Null when the connection was dropped or the request is still running. */
  status: number | null;
  /** The fault that hit it, if any. */
  fault: number | null;
  received_at: string;
}

const MAX_REQUESTS = 5_000;

export class RequestLog {
  private list: RequestRecord[] = [];
  private nextId = 1;

  get entries(): readonly RequestRecord[] {
    return this.list;
  }

  record(entry: Omit<RequestRecord, 'id' | 'received_at' | 'status' | 'body' | 'fault'>, at: Date): RequestRecord {
    const record: RequestRecord = { id: this.nextId++, received_at: at.toISOString(), status: null, body: undefined, fault: null, ...entry };
    this.list.push(record);
    if (this.list.length > MAX_REQUESTS) this.list.splice(0, this.list.length - MAX_REQUESTS);
    return record;
  }
}
