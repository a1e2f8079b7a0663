/**
 * Ask in Chat as n8n's send-and-wait: `execute` sends the question with buttons calling the run's
 * signed resume URL and puts the execution to wait; the sandbox's click reaches `webhook`, which
 * resumes with the answer; a value this run did not offer is answered 400 and resumes nothing.
 */
import type { IDataObject, INodeExecutionData, IWebhookResponseData } from 'n8n-workflow';

import { call, context, rowsOf, useWorld, type World } from './support';

const world = useWorld();

const ask = (w: World) => {
  const priya = [...w.sandbox.state.users.values()].find((u) => u.full_name === 'Priya Natarajan')!;
  return { priya, params: { resource: 'answer', operation: 'sendAndWait', message: 'Can you help Sam?', target_users: rowsOf(priya.email!), choices: ['Yes', 'Not now'] } };
};

const resumeUrl = (w: World, name: string) => `${w.hook.url(`resume/${name}`)}node-1?signature=0a1b2c`;

describe('Ask in Chat and Wait for an Answer (sendAndWait)', () => {
  it('waits, then resumes with the clicked answer', async () => {
    const w = world();
    const { priya, params } = ask(w);
    const url = resumeUrl(w, 'exec-1');
    const node = new w.pkg.DailyBot();
    const { ctx, recorded } = context(w, { params, resumeUrl: url });
    const [passed] = await call<INodeExecutionData[][]>(node.execute, ctx);
    expect(recorded.waitTill).toBeInstanceOf(Date);
    expect(passed).toEqual([{ json: { item: 0 } }]);
    const sent = w.sandbox.state.outbox.find((e) => e.kind === 'message') as unknown as IDataObject & { buttons: IDataObject[] };
    expect(sent.buttons.map((b) => [b.label, b.callback_url])).toEqual([
      ['Yes', url],
      ['Not now', url],
    ]);

    await w.sandbox.state.clickButton(String(sent.bot_message_id), { button: 'Not now', user: priya.uuid });
    const [click] = await w.hook.waitFor(1, { url });
    const resumed = context(w, { params, resumeUrl: url, body: click!.body as IDataObject });
    const result = await call<IWebhookResponseData>(node.webhook, resumed.ctx);
    expect(result.workflowData?.[0]?.[0]?.json).toMatchObject({
      question: 'Can you help Sam?',
      answer: 'Not now',
      answer_number: 2,
      answered_by_uuid: priya.uuid,
      answered_by_email: priya.email,
    });
  });

  it('a click this run did not offer resumes nothing (400)', async () => {
    const w = world();
    const { params } = ask(w);
    const node = new w.pkg.DailyBot();
    for (const body of [{ value: 'q0123456789:1' }, { label: 'Yes' }, {}]) {
      const { ctx, recorded } = context(w, { params, resumeUrl: resumeUrl(w, 'exec-2'), body });
      const result = await call<IWebhookResponseData>(node.webhook, ctx);
      expect(result).toEqual({ noWebhookResponse: true });
      expect(recorded.response?.status).toBe(400);
      expect(JSON.stringify(recorded.response?.body)).toMatch(/Run the Zap again|not .*one of the answers|without saying which button/);
    }
  });
});
