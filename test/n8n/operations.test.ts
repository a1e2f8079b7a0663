/**
 * Every operation of the DailyBot node through its own `execute`, against the sandbox: one row per
 * operation (a new step adds a row). Each row gives the node's parameters for the seeded organization
 * and checks the output against what landed in the sandbox; the last test checks every generated
 * operation has a row.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { SandboxState } from '../../sandbox';
import { byId, call, context, rowsOf, useWorld, type World } from './support';

const world = useWorld();

interface Row {
  resource: string;
  operation: string;
  params: (s: SandboxState, w: World) => IDataObject;
  check: (output: IDataObject[], s: SandboxState, w: World) => void;
}

const who = (s: SandboxState, fullName: string) => {
  const user = [...s.users.values()].find((u) => u.full_name === fullName);
  if (!user) throw new Error(`no user called ${fullName}`);
  return user;
};

const outbox = (s: SandboxState, kind: string) => s.outbox.filter((e) => e.kind === kind) as unknown as IDataObject[];

export const ROWS: Row[] = [
  {
    resource: 'message',
    operation: 'send_message',
    params: (s) => ({ message: 'Release 2.4 is out', target_users: rowsOf(who(s, 'Priya Natarajan').email!), target_channels: rowsOf('C0ENGSTANDUP') }),
    check: (output, s) => {
      const [sent] = outbox(s, 'message');
      expect(sent).toMatchObject({ message: 'Release 2.4 is out', target_users: [who(s, 'Priya Natarajan').uuid] });
      expect(output).toEqual([expect.objectContaining({ bot_message_id: sent!.bot_message_id })]);
    },
  },
  {
    resource: 'user',
    operation: 'find_user',
    params: (s) => ({ query: who(s, 'Sam Okafor').email! }),
    check: (output, s) => {
      expect(output).toEqual([expect.objectContaining({ id: who(s, 'Sam Okafor').uuid, email: who(s, 'Sam Okafor').email })]);
    },
  },
  {
    resource: 'agentReport',
    operation: 'log_agent_report',
    params: () => ({ agent_name: 'CI pipeline', content: 'Build 412 passed on main.' }),
    check: (output, s) => {
      const [report] = s.agentReports;
      expect(report).toMatchObject({ agent_name: 'CI pipeline', content: 'Build 412 passed on main.', is_milestone: false });
      expect(output).toEqual([expect.objectContaining({ id: report!.id, url: `https://app.dailybot.com/agents/report/${report!.id}` })]);
    },
  },
  {
    resource: 'standUpUpdate',
    operation: 'post_standup_update',
    params: (s) => {
      // the key's owner takes part in the daily stand-up
      const standup = s.checkin(s.demo.standup);
      if (!standup.participants.includes(s.demo.owner)) standup.participants.push(s.demo.owner);
      return { doing: 'Reviewing the release notes' };
    },
    check: (output, s) => {
      expect(output).toEqual([expect.objectContaining({ checkins: expect.arrayContaining([{ name: 'Daily Standup', action: expect.stringMatching(/^(created|updated)$/) }]) })]);
      expect(s.standupAdditions.map((a) => a.checkin)).toContain(s.demo.standup);
    },
  },
  {
    resource: 'mood',
    operation: 'track_mood',
    params: () => ({ score: '4' }),
    check: (output, s) => {
      expect(s.moodOf(s.demo.owner, s.today())).toMatchObject({ score: 4 });
      expect(output).toEqual([expect.objectContaining({ score: 4, score_label: 'Good' })]);
    },
  },
];

const execute = async (w: World, params: IDataObject): Promise<INodeExecutionData[]> => {
  const node = new w.pkg.DailyBot();
  const { ctx } = context(w, { params });
  const [items] = await call<INodeExecutionData[][]>(node.execute, ctx);
  return items!;
};

describe('DailyBot node operations against the sandbox', () => {
  it.each(ROWS.map((row) => [row.operation, row] as const))('%s', async (_op, row) => {
    const w = world();
    const s = w.sandbox.state;
    const items = await execute(w, { resource: row.resource, operation: row.operation, ...row.params(s, w) });
    for (const item of items) expect(item.pairedItem).toEqual({ item: 0 });
    row.check(
      items.map((i) => i.json),
      s,
      w,
    );
    // the key went to the API only
    for (const r of w.sent) {
      if (r.url.startsWith(w.sandbox.apiUrl)) expect(r.headers['X-API-KEY']).toBe(w.sandbox.apiKey);
      else expect(Object.keys(r.headers).map((k) => k.toLowerCase())).not.toContain('x-api-key');
    }
  });

  it('people picked from the list search are the IDs the step sends', async () => {
    const w = world();
    const s = w.sandbox.state;
    const priya = who(s, 'Priya Natarajan');
    await execute(w, { resource: 'message', operation: 'send_message', message: 'Hi', target_users: { values: [{ value: byId(priya.uuid) }] } });
    expect(outbox(s, 'message')[0]).toMatchObject({ target_users: [priya.uuid] });
  });
});
