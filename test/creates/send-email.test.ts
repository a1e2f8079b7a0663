import nock from 'nock';

import { API, API_KEY, errorOf } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { ann, bea, failsBeforeAnyRequest, john, nockDirectory, runAction } from './support';

const email = (inputData: Record<string, unknown>) => runAction('send_email', inputData);

/** The documented example (seed 003). */
const example = {
  users: ['a1b2c3d4-e5f6-7890-abcd-ef1234567890'],
  email_subject: 'Weekly Report Ready',
  email_content: 'Your weekly team report is now available. Check your dashboard.',
};

describe('Send Email', () => {
  it('sends the documented example (seed 003) as users_uuids and returns DailyBot’s detail', async () => {
    nock(API, { reqheaders: { 'x-api-key': API_KEY } })
      .post('/send-email/', {
        users_uuids: ['a1b2c3d4-e5f6-7890-abcd-ef1234567890'],
        email_subject: 'Weekly Report Ready',
        email_content: 'Your weekly team report is now available. Check your dashboard.',
      })
      .reply(200, { detail: 'Emails sent successfully.' });
    await expect(email(example)).resolves.toEqual({
      detail: 'Emails sent successfully.',
      email_subject: 'Weekly Report Ready',
      users_uuids: ['a1b2c3d4-e5f6-7890-abcd-ef1234567890'],
      users: [{ uuid: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890', email: null, full_name: null, first_name: null, last_name: null }],
    });
  });

  it('resolves a mix of UUID, email and name with one listing, without repeating a person', async () => {
    nockDirectory();
    nock(API)
      .post('/send-email/', { users_uuids: [ann.uuid, john.uuid, bea.uuid], email_subject: 'Hi', email_content: '<p>Hello</p>' })
      .reply(200, { detail: 'Emails sent successfully.' });
    const result = await email({ users: `${ann.uuid}, john@example.com\nBea Cruz; ann@example.com`, email_subject: 'Hi', email_content: '<p>Hello</p>' });
    expect(result.users).toEqual([
      { uuid: ann.uuid, email: null, full_name: null, first_name: null, last_name: null },
      { uuid: john.uuid, email: 'john@example.com', full_name: 'John Wick', first_name: 'John', last_name: 'Wick' },
      { uuid: bea.uuid, email: 'bea@example.com', full_name: 'Bea Cruz', first_name: 'Bea', last_name: 'Cruz' },
    ]);
  });

  it('returns what was sent when DailyBot answers with no body (the older docs)', async () => {
    nock(API).post('/send-email/').reply(204);
    await expect(email(example)).resolves.toMatchObject({ detail: null, users_uuids: ['a1b2c3d4-e5f6-7890-abcd-ef1234567890'] });
  });

  it.each([
    ['no recipients', { ...example, users: [] }, '“Recipients” is required'],
    ['recipients that are only separators', { ...example, users: ' , ; ' }, '“Recipients” is required'],
    ['no subject', { ...example, email_subject: undefined }, '“Subject” is required'],
    ['no content', { ...example, email_content: '  ' }, '“Content” is required'],
    ['a subject over 255 characters', { ...example, email_subject: 's'.repeat(256) }, '“Subject” must be at most 255 characters'],
  ])('refuses %s before any request', async (_name, inputData, message) => {
    const error = await failsBeforeAnyRequest(() => email(inputData));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain(message);
  });

  it('names both problems at once', async () => {
    const error = await failsBeforeAnyRequest(() => email({ users: ['john@example.com'] }));
    expect(error.message).toBe('Check these fields: “Subject” is required; “Content” is required.');
  });

  it('says which field holds people DailyBot does not know (400 one_or_more_users_not_found)', async () => {
    nock(API).post('/send-email/').reply(400, seeds.errors.usersNotFound);
    const error = await errorOf(email(example));
    expect(error).toMatchObject({ code: 'one_or_more_users_not_found', status: 400 });
    expect(error.message).toContain('“Recipients”');
  });

  it('says the free plan’s daily email limit is used up (429), without retrying', async () => {
    nock(API).post('/send-email/').reply(429, seeds.errors.freeDaily);
    const error = await errorOf(email(example));
    expect(error).toMatchObject({ name: 'AppError', code: 'free_plan_daily_limit_exceeded' });
  });

  it('keeps DailyBot’s detail for a permission problem (403 org_admin_required)', async () => {
    nock(API).post('/send-email/').reply(403, seeds.errors.orgAdmin);
    const error = await errorOf(email(example));
    expect(error).toMatchObject({ code: 'org_admin_required', status: 403 });
    expect(error.message).toContain('Only organization admins can do this.');
  });
});
