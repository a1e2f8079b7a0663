/**
 * One `z.cache` per connection, as Zapier keeps it (issue 18, the demo): with `keepCache`, what one step
 * cached (the user directory) serves the next, waiting steps (Ask in Chat, run through the handler) included.
 * Without it every step starts empty and lists the directory again.
 */
import { calls, person, useHarness } from './support';

const LISTING = /^GET \/v1\/users\//;

describe('one connection, one z.cache across steps', () => {
  const harness = useHarness({ keepCache: true });

  it('lists the directory once for two people-resolving steps, the second a waiting one', async () => {
    const h = harness();
    const priya = person(h, 'Priya Natarajan');
    const alex = person(h, 'Alex Rivera');
    const sent = await h.create('send_message', { message: 'Standup in 5', target_users: [priya.email] });
    expect(calls(sent.requests).filter((c) => LISTING.test(c))).toHaveLength(1);
    const asked = await h.createWaiting('ask_in_chat', { message: 'Ready?', target_users: [alex.email], choices: ['Yes', 'No'] });
    expect(calls(asked.requests).filter((c) => LISTING.test(c))).toEqual([]);
    const kudos = await h.create('give_kudos', { receivers: [priya.full_name], content: 'Thanks for the standup notes!' });
    expect(calls(kudos.requests).filter((c) => LISTING.test(c))).toEqual([]);
  });
});

describe('without keepCache, each step starts with an empty z.cache', () => {
  const harness = useHarness();

  it('lists the directory again in the next step', async () => {
    const h = harness();
    const priya = person(h, 'Priya Natarajan');
    await h.create('send_message', { message: 'Standup in 5', target_users: [priya.email] });
    const asked = await h.createWaiting('ask_in_chat', { message: 'Ready?', target_users: [priya.email], choices: ['Yes', 'No'] });
    expect(calls(asked.requests).filter((c) => LISTING.test(c))).toHaveLength(1);
  });
});
