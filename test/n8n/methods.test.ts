/**
 * The DailyBot node's methods against the sandbox: list searches (every dropdown of the app, with a
 * search filter and "load more" through n8n's pagination token) and the resource mapper (a form's
 * questions, the same fields the Zap editor shows), then a form response submitted from its values.
 */
import type { IDataObject, INodeExecutionData, INodeListSearchResult, ResourceMapperFields } from 'n8n-workflow';

import { actionLists } from '../../n8n/src/generated/actions';
import { triggerLists } from '../../n8n/src/generated/triggers';
import { byId, call, context, useWorld, type World } from './support';

// more people than one page of DailyBot's listing (100)
const world = useWorld({ users: 130 });

type Methods = { listSearch: Record<string, unknown>; resourceMapping: Record<string, unknown> };
const methods = (w: World) => (new w.pkg.DailyBot() as unknown as { methods: Methods }).methods;

const search = (w: World, list: string, current: IDataObject = {}, filter?: string, token?: string) => {
  const { ctx } = context(w, { params: {}, current });
  return call<INodeListSearchResult>(methods(w).listSearch[list], ctx, filter, token);
};

describe('list searches', () => {
  it('every dropdown of the actions and triggers has one', () => {
    const w = world();
    const trigger = (new w.pkg.DailyBotTrigger() as unknown as { methods: Methods }).methods;
    expect(Object.keys(methods(w).listSearch).sort()).toEqual(actionLists);
    expect(Object.keys(trigger.listSearch).sort()).toEqual(triggerLists);
    expect(actionLists).toEqual(expect.arrayContaining(['list_users', 'list_teams', 'list_checkins', 'list_forms', 'list_team_members']));
  });

  it('list_users loads more through the pagination token until the last page, every user once', async () => {
    const w = world();
    const first = await search(w, 'list_users');
    expect(first.results).toHaveLength(100);
    expect(first.paginationToken).toEqual(expect.any(String));
    const second = await search(w, 'list_users', {}, undefined, String(first.paginationToken));
    expect(second.paginationToken).toBeUndefined();
    const ids = [...first.results, ...second.results].map((r) => r.value);
    expect(new Set(ids).size).toBe(w.sandbox.state.users.size);
    const priya = [...w.sandbox.state.users.values()].find((u) => u.full_name === 'Priya Natarajan')!;
    expect(first.results).toContainEqual({ name: `Priya Natarajan (${priya.email})`, value: priya.uuid });
  });

  it('a search filter keeps the matching names', async () => {
    const w = world();
    const { results } = await search(w, 'list_users', {}, 'natarajan');
    expect(results.map((r) => r.name)).toEqual([expect.stringContaining('Priya Natarajan')]);
  });

  it('narrowing lists read the chosen team', async () => {
    const w = world();
    const team = w.sandbox.state.demo.engineeringTeam;
    const { results } = await search(w, 'list_team_members', { team: byId(team) });
    expect(new Set(results.map((r) => r.value))).toEqual(new Set(w.sandbox.state.team(team).members));
    expect((await search(w, 'list_team_members', {})).results).toEqual([]);
  });
});

describe('resource mapper', () => {
  it("a form's questions, then Submit Form Response sends the mapped answers", async () => {
    const w = world();
    const s = w.sandbox.state;
    const form = s.demo.vacationForm;
    const params = { resource: 'formResponse', operation: 'submit_form_response', form: byId(form) };
    const { ctx } = context(w, { params, current: params });
    const { fields } = await call<ResourceMapperFields>(methods(w).resourceMapping.stepFields, ctx);
    expect(fields.map((f) => f.displayName)).toEqual(['When does your vacation start?', 'When are you back?', 'Who covers for you while you are away?']);
    for (const field of fields) expect(field).toMatchObject({ id: expect.any(String), display: true, required: expect.any(Boolean) });
    const [start, end, cover] = fields.map((f) => f.id);
    const value = { [start!]: '2030-07-01', [end!]: '2030-07-05', [cover!]: 'Sam covers the on-call.' };
    const run = context(w, { params: { ...params, fields: { mappingMode: 'defineBelow', value } } });
    const [items] = await call<INodeExecutionData[][]>(new w.pkg.DailyBot().execute, run.ctx);
    expect(items).toHaveLength(1);
    expect(items![0]!.json).toMatchObject({ current_state: 'requested', flow_status: 'pending', form_name: 'Vacation request' });
    expect(s.formResponses.get(String(items![0]!.json.id))).toMatchObject({ source: 'automation', current_state: 'requested' });
  });
});
