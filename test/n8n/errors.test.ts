/**
 * Errors as n8n's, against the sandbox: what DailyBot refused is a NodeApiError with its HTTP status
 * and the app's own message; inputs refused before sending are a NodeOperationError; each carries the
 * item index; "Continue On Fail" gives the failed item `{error}` and goes on with the others; a run
 * with nothing to do gives no item and a hint. Secrets appear in no message.
 */
import { NodeApiError, NodeOperationError, type IDataObject, type INodeExecutionData } from 'n8n-workflow';

import { call, context, rowsOf, useWorld, type World } from './support';

const world = useWorld();

const run = (w: World, params: IDataObject | IDataObject[], options: { continueOnFail?: boolean; credential?: IDataObject; items?: number } = {}) => {
  const { ctx, recorded } = context(w, { params, ...options });
  return { recorded, result: call<INodeExecutionData[][]>(new w.pkg.DailyBot().execute, ctx) };
};

const fault = async (w: World, body: Record<string, unknown>) => {
  const response = await fetch(`${w.sandbox.url}/_sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(201);
};

const findUser = (query: string) => ({ resource: 'user', operation: 'find_user', query });

describe('DailyBot node errors', () => {
  it('a revoked key: NodeApiError 401 with the app’s message, never the key', async () => {
    const w = world();
    const error = (await run(w, findUser('sam@example.com'), { credential: { ...w.credential, apiKey: 'revoked-key-0123456789' } }).result.catch((e: unknown) => e)) as NodeApiError;
    expect(error).toBeInstanceOf(NodeApiError);
    expect(error.httpCode).toBe('401');
    expect(error.message).toContain('Reconnect DailyBot with a current API key');
    expect(error.context.itemIndex).toBe(0);
    expect(JSON.stringify({ ...error, message: error.message, description: error.description })).not.toContain('revoked-key-0123456789');
  });

  it('a server error: NodeApiError 500 with the app’s message', async () => {
    const w = world();
    await fault(w, { method: 'POST', path: '/v1/send-message/', status: 500, times: 1 });
    const error = (await run(w, { resource: 'message', operation: 'send_message', message: 'Hi', target_channels: rowsOf('C0ENGSTANDUP') }).result.catch((e: unknown) => e)) as NodeApiError;
    expect(error).toBeInstanceOf(NodeApiError);
    expect(error.httpCode).toBe('500');
    expect(error.message).toContain('server error (HTTP 500)');
  });

  it('too many requests: NodeApiError 429 that says when to try again, in n8n’s words', async () => {
    const w = world();
    await fault(w, { method: 'GET', path: '/v1/users/', status: 429, retry_after: 30, times: 1 });
    const error = (await run(w, findUser('sam.okafor@acme-robotics.example')).result.catch((e: unknown) => e)) as NodeApiError;
    expect(error).toBeInstanceOf(NodeApiError);
    expect(error.httpCode).toBe('429');
    expect(error.message).toContain('Try again in 30 seconds, or turn on the node’s Retry On Fail setting.');
    expect(`${error.message} ${error.description}`).not.toMatch(/\bZap/);
  });

  it('inputs refused before sending: NodeOperationError naming the field, with the item index; nothing sent', async () => {
    const w = world();
    const params = [
      { resource: 'message', operation: 'send_message', message: 'Hi', target_channels: rowsOf('C0ENGSTANDUP') },
      { resource: 'message', operation: 'send_message', message: 'Hi' },
    ];
    const error = (await run(w, params, { items: 2 }).result.catch((e: unknown) => e)) as NodeOperationError;
    expect(error).toBeInstanceOf(NodeOperationError);
    expect(error.context.itemIndex).toBe(1);
    expect(error.message).toMatch(/“Users”, “Teams” or “Channels”/);
    expect(w.sent.filter((r) => r.method === 'POST')).toHaveLength(1); // item 0's message only
  });

  it('Continue On Fail: the failed item gives {error} (paired with it), the others go on', async () => {
    const w = world();
    const sam = [...w.sandbox.state.users.values()].find((u) => u.full_name === 'Sam Okafor')!;
    const params = [
      { resource: 'message', operation: 'send_message', message: 'One', target_users: rowsOf(sam.email!) },
      { resource: 'message', operation: 'send_message', message: 'Two', target_users: rowsOf('nobody at all') },
      { resource: 'message', operation: 'send_message', message: 'Three', target_users: rowsOf(sam.email!) },
    ];
    const [items] = await run(w, params, { items: 3, continueOnFail: true }).result;
    expect(items!.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
    expect(items![0]!.json).toHaveProperty('bot_message_id');
    expect(items![1]!.json).toEqual({ error: expect.stringContaining('nobody at all') });
    expect(items![2]!.json).toHaveProperty('bot_message_id');
    expect(w.sandbox.state.outbox.filter((e) => e.kind === 'message').map((e) => (e as unknown as { message: string }).message)).toEqual(['One', 'Three']);
  });

  it('a search that finds nothing gives no item and says so', async () => {
    const w = world();
    const { result, recorded } = run(w, findUser('nobody@acme-robotics.example'));
    expect(await result).toEqual([[]]);
    expect(recorded.hints).toEqual([expect.objectContaining({ message: expect.stringContaining('Find User found nothing') })]);
  });
});
