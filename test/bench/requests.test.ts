/** How the benchmark names the requests a step made, and reads a user listing. */
import { isOneListing, spread } from '../../bench/directory';
import { describeRequest, summarize } from '../../bench/requests';

describe('describeRequest', () => {
  it('drops the API prefix and the query, and writes IDs as {id}', () => {
    expect(describeRequest({ method: 'GET', path: '/v1/checkins/88a2f4ba-6fb7-493c-bbdc-ce02e8e56a06/responses/?limit=50' })).toBe(
      'GET /checkins/{id}/responses/',
    );
  });

  it('names the Activity Hook without its secret token', () => {
    expect(describeRequest({ method: 'POST', path: '/activity/3f2a9c/' })).toBe('POST Activity Hook');
  });
});

describe('summarize', () => {
  it('groups the requests in the order first seen', () => {
    const requests = [
      { method: 'GET', path: '/v1/users/?limit=250' },
      { method: 'GET', path: '/v1/users/?limit=250&offset=250' },
      { method: 'POST', path: '/v1/send-message/' },
    ];
    expect(summarize(requests)).toBe('GET /users/ ×2, POST /send-message/ ×1');
    expect(summarize([])).toBe('none');
  });
});

describe('spread', () => {
  it('runs from the first position to the last, evenly', () => {
    const positions = spread(10_000, 50);
    expect(positions).toHaveLength(50);
    expect(positions[0]).toBe(0);
    expect(positions.at(-1)).toBe(9_999);
    expect(new Set(positions).size).toBe(50);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('isOneListing', () => {
  const page = (query: string) => ({ url: `/v1/users/?${query}` });

  it('accepts pages of one size at offsets 0, size, 2·size…', () => {
    expect(isOneListing([page('include_email=true&limit=250'), page('include_email=true&limit=250&offset=250')])).toEqual({ one: true, pageSize: 250 });
  });

  it('refuses a listing read twice, or with a gap', () => {
    expect(isOneListing([page('limit=250'), page('limit=250')]).one).toBe(false);
    expect(isOneListing([page('limit=250'), page('limit=250&offset=500')]).one).toBe(false);
    expect(isOneListing([])).toEqual({ one: false, pageSize: null });
  });
});
