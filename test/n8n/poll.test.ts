/**
 * DailyBot Form Approval Trigger through its own `poll`, against the sandbox: the first poll of an
 * active workflow only remembers what is there; a later approval fires once (keyed as the Zap keys
 * it: response and status) and never again; a manual run shows the newest item; the seen list is bounded.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { byId, call, context, useWorld, type World } from './support';

const world = useWorld();

const poll = (w: World, store: IDataObject, mode: 'trigger' | 'manual' = 'trigger') => {
  const s = w.sandbox.state;
  const params = { form: byId(s.demo.vacationForm), additional_fields: { status: 'approved' } };
  const { ctx } = context(w, { params, store, mode });
  return call<INodeExecutionData[][] | null>(new w.pkg.DailyBotFormApprovalTrigger().poll, ctx);
};

describe('DailyBot Form Approval Trigger', () => {
  it('seeds on the first poll, then fires once per approval', async () => {
    const w = world();
    const s = w.sandbox.state;
    const store: IDataObject = {};
    expect(await poll(w, store)).toBeNull();
    const approvedBefore = [...s.formResponses.values()].filter((r) => r.form === s.demo.vacationForm && r.flow_status === 'approved');
    expect(store.seenIds).toEqual(expect.arrayContaining(approvedBefore.map((r) => `${r.uuid}:approved`)));
    expect(await poll(w, store)).toBeNull();

    const pending = [...s.formResponses.values()].find((r) => r.form === s.demo.vacationForm && r.flow_status === 'pending')!;
    s.decideFormResponse(pending.uuid, 'approved', s.users.get(s.demo.manager)!);
    const fired = await poll(w, store);
    expect(fired).toEqual([[{ json: expect.objectContaining({ id: `${pending.uuid}:approved`, response_uuid: pending.uuid, flow_status: 'approved' }) }]]);
    expect(await poll(w, store)).toBeNull();
    // the key went to the API only
    for (const r of w.sent) expect(r.url.startsWith(w.sandbox.apiUrl)).toBe(true);
  });

  it('a manual run shows the newest item without touching what the active workflow has seen', async () => {
    const w = world();
    const store: IDataObject = {};
    const shown = await poll(w, store, 'manual');
    expect(shown?.[0]).toHaveLength(1);
    expect(store).toEqual({});
  });

  it('keeps at most 1,000 seen IDs', async () => {
    const w = world();
    const store: IDataObject = { seenIds: Array.from({ length: 1500 }, (_, i) => `old-${i}`) };
    await poll(w, store);
    expect((store.seenIds as string[]).length).toBe(1000);
  });
});
