/** What the server does before any route: request bodies must be JSON. */
import { api, useSandbox } from '../helpers';

const sandbox = useSandbox({ users: 25, now: '2025-03-12T15:00:00Z' });

describe('request bodies', () => {
  it('must be JSON', async () => {
    const text = await api(sandbox, 'POST', '/send-email/', { body: 'hello', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
    expect(text.body).toEqual({ detail: 'Unsupported media type "text/plain" in request.', code: 'unsupported_media_type' });
    const broken = await api(sandbox, 'POST', '/send-email/', { body: '{"users_uuids": [' });
    expect([broken.status, broken.body.code]).toEqual([400, 'parse_error']);
    const list = await api(sandbox, 'POST', '/send-email/', { body: [1, 2] });
    expect(list.body.errors).toEqual({ non_field_errors: ['Invalid data. Expected a dictionary, but got list.'] });
  });
});
