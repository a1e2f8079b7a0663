/** How the benchmark names the requests a step made, and sets each step's count beside its minimum. */
import { describeRequest, requestNotes, requestRows, summarize, type StepCount } from '../../bench/requests';

describe('describeRequest', () => {
  it('drops the API prefix and the query, and writes IDs as {id}', () => {
    expect(describeRequest({ method: 'GET', path: '/v1/checkins/88a2f4ba-6fb7-493c-bbdc-ce02e8e56a06/responses/?limit=50' })).toBe(
      'GET /checkins/{id}/responses/',
    );
  });

  it('names the Workflow Trigger URL without its secret token', () => {
    expect(describeRequest({ method: 'POST', path: '/workflow-trigger/0123456789abcdef0123456789abcdef/' })).toBe('POST Workflow Trigger URL');
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

const count = (over: Partial<StepCount> = {}): StepCount => ({
  label: 'send_message · emails',
  made: 2,
  min: 2,
  minId: 'send_message · emails',
  why: 'POST /send-message/ takes UUIDs',
  detail: 'GET /users/ ×1, POST /send-message/ ×1',
  ...over,
});

describe('requestRows', () => {
  it('meets a step at its minimum and says so in the last row', () => {
    const rows = requestRows([count()]);
    expect(rows[0]).toMatchObject({ measure: 'send_message · emails', result: '2', goal: '= 2', met: true });
    expect(rows.at(-1)).toMatchObject({ measure: 'rows at their minimum', result: '1 of 1', met: true, why: 'every step makes the fewest requests the API allows' });
  });

  it('writes a trigger’s four parts, and names the steps off their minimum', () => {
    const trigger = count({ label: 'kudos_posted', made: 3, min: 2, parts: { made: [1, 1, 0, 1], min: [1, 1, 0, 0] } });
    const failed = count({ label: 'find_user · email', made: Number.NaN, error: 'Boom' });
    const rows = requestRows([trigger, failed]);
    expect(rows[0]).toMatchObject({ result: '1 / 1 / 0 / 1 = 3', goal: '= 1 / 1 / 0 / 0 = 2', met: false });
    expect(rows[1]).toMatchObject({ result: 'failed', goal: '= 2', met: false, why: 'Boom' });
    expect(rows.at(-1)).toMatchObject({ result: '0 of 2', met: false, why: 'off: kudos_posted (3 vs 2); find_user · email (failed)' });
  });
});

describe('requestNotes', () => {
  it('lists the steps over their minimum with the minimum’s reason, and escapes pipes in the detail table', () => {
    const notes = requestNotes([count({ made: 3, detail: 'GET /users/?a|b ×2' })]).join('\n');
    expect(notes).toContain('- **send_message · emails**: 3 requests, minimum 2. Made: GET /users/?a|b ×2. Minimum: POST /send-message/ takes UUIDs: emails need the user listing.');
    expect(notes).toContain('| send_message · emails | 3 | 2 | GET /users/?a\\|b ×2 | POST /send-message/ takes UUIDs |');
    expect(notes).toContain('## The minimum per step (bench/minimums.ts)');
  });

  it('says None. when every step is at its minimum', () => {
    const notes = requestNotes([count()]);
    expect(notes.slice(0, 3)).toEqual(['## Steps making more requests than the API requires', '', 'None.']);
  });
});
