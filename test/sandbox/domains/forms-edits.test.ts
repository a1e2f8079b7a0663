/**
 * Form responses read, searched, edited and deleted through the API (dailybot-api-more.md §4), and the
 * switch for how someone else's response is refused (403 or 404: DailyBot's sources disagree).
 */
import { api, call, useSandbox } from '../helpers';

const sandbox = useSandbox({ users: 25, now: '2025-03-12T15:00:00Z' });

const vacation = () => sandbox.state.demo.vacationForm;
const someoneElses = () => [...sandbox.state.formResponses.values()].find((r) => r.form === vacation() && r.user && r.user !== sandbox.state.demo.owner)!;
const path = (uuid: string) => `/forms/${vacation()}/responses/${uuid}/`;
const questions = () => sandbox.state.template(sandbox.state.form(vacation()).template).questions;
/** The form's text question (its date questions take YYYY-MM-DD only). */
const textQuestion = () => questions().find((q) => q.question_type === 'text')!;
const refuse = (style: string) => call(sandbox, 'PUT', '/_sandbox/forms/edit-refusal', { body: { style } });

describe('search on a form’s responses', () => {
  it('matches answers and the submitter’s name or email, in any letter case; over 256 characters is refused', async () => {
    const r = someoneElses();
    const user = sandbox.state.users.get(r.user!)!;
    const byName = await api(sandbox, 'GET', `/forms/${vacation()}/responses/?all=true&search=${encodeURIComponent(user.full_name.toUpperCase())}`);
    expect(byName.body.results.map((x: { uuid: string }) => x.uuid)).toContain(r.uuid);
    const answer = Object.values(r.content)[0]!;
    const byAnswer = await api(sandbox, 'GET', `/forms/${vacation()}/responses/?all=true&search=${encodeURIComponent(answer.slice(0, 8))}`);
    expect(byAnswer.body.results.map((x: { uuid: string }) => x.uuid)).toContain(r.uuid);
    const none = await api(sandbox, 'GET', `/forms/${vacation()}/responses/?all=true&search=zz-nothing-zz`);
    expect(none.body.count).toBe(0);
    expect((await api(sandbox, 'GET', `/forms/${vacation()}/responses/?all=true&search=${'x'.repeat(257)}`)).status).toBe(400);
  });
});

describe('PATCH and DELETE /forms/{uuid}/responses/{rid}/', () => {
  it('merges the answers given (state unchanged, edited), and fires forms.response.updated', async () => {
    const r = someoneElses();
    const text = textQuestion();
    const before = { ...r.content };
    const { status, body } = await api(sandbox, 'PATCH', path(r.uuid), { body: { content: { [text.uuid]: 'Sam covers, then Lee' } } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ uuid: r.uuid, edited: true, current_state: r.current_state });
    expect(sandbox.state.formResponses.get(r.uuid)!.content).toEqual({ ...before, [text.uuid]: 'Sam covers, then Lee' });
    expect((await api(sandbox, 'PATCH', path(r.uuid), { body: { content: { [questions()[0]!.uuid]: 'not a date' } } })).status).toBe(400);
  });

  it('refuses an unknown question, an unknown field and an unknown response', async () => {
    const r = someoneElses();
    expect((await api(sandbox, 'PATCH', path(r.uuid), { body: { content: { nope: 'x' } } })).status).toBe(400);
    expect((await api(sandbox, 'PATCH', path(r.uuid), { body: { content: {}, state: 'x' } })).body.code).toBe('unknown_field');
    const missing = await api(sandbox, 'PATCH', path('00000000-0000-4000-8000-000000000000'), { body: { content: {} } });
    expect([missing.status, missing.body.code]).toEqual([404, 'form_response_not_found']);
  });

  it('deletes (204), and the response is gone', async () => {
    const r = someoneElses();
    expect((await api(sandbox, 'DELETE', path(r.uuid))).status).toBe(204);
    expect(sandbox.state.formResponses.has(r.uuid)).toBe(false);
    expect((await api(sandbox, 'DELETE', path(r.uuid))).status).toBe(404);
  });

  it('refuses someone else’s response as the switch says: 403 form_response_edit_forbidden, or 404 as if it did not exist', async () => {
    const r = someoneElses();
    const patch = () => api(sandbox, 'PATCH', path(r.uuid), { body: { content: { [textQuestion().uuid]: 'x' } } });
    await refuse('403');
    expect([(await patch()).status, (await patch()).body.code]).toEqual([403, 'form_response_edit_forbidden']);
    const del = await api(sandbox, 'DELETE', path(r.uuid));
    expect([del.status, del.body.code]).toEqual([403, 'form_response_delete_forbidden']);
    await refuse('404');
    expect([(await patch()).status, (await patch()).body.code]).toEqual([404, 'form_response_not_found']);
    expect((await refuse('maybe')).status).toBe(400);
    await refuse('none');
    expect((await patch()).status).toBe(200);
  });
});
