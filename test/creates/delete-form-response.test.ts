import nock from 'nock';

import { API, appTester, authData, errorOf } from '../helpers';
import { FORM, RESPONSE } from '../fixtures/forms';
import { creates } from '../../src/creates';
import { failsBeforeAnyRequest, runAction } from './support';

const PATH = `/forms/${FORM}/responses/${RESPONSE}/`;
const remove = (inputData: Record<string, unknown> = {}) => runAction('delete_form_response', { form: FORM, response: RESPONSE, ...inputData });

describe('Delete Form Response', () => {
  it('DELETEs the response (204) and says so', async () => {
    nock(API).delete(PATH).reply(204);
    await expect(remove()).resolves.toEqual({ uuid: RESPONSE, deleted: true });
  });

  it('warns that it cannot be undone, as Delete Check-in does', () => {
    const [warning] = creates.delete_form_response!.operation.inputFields as Array<{ type?: string; helpText?: string }>;
    expect(warning).toMatchObject({ type: 'copy', helpText: expect.stringContaining('cannot be undone') });
  });

  it.each([
    [403, { detail: 'Forbidden.', code: 'form_response_delete_forbidden' }, 'only its author, the form’s owner and organization admins may'],
    [404, { detail: 'Not found.', code: 'form_response_not_found' }, 'it may have been deleted already, or it is not theirs to see'],
    [404, { detail: 'Form not found.', code: 'form_does_not_exists' }, 'Pick the form again from the list in “Form”'],
  ])('explains a %i %j', async (status, body, message) => {
    nock(API).delete(PATH).reply(status, body);
    const error = await errorOf(remove());
    expect(error.message).toContain(message);
  });

  it('a plain 404 says it may be deleted already; with the response mapped from an earlier step it halts (nothing to do)', async () => {
    nock(API).delete(PATH).reply(404, { detail: 'Not found.' });
    expect((await errorOf(remove())).message).toContain('deleted already');
    nock(API).delete(PATH).reply(404, { detail: 'Not found.' });
    const bundle = { authData, inputData: { form: FORM, response: RESPONSE }, inputDataRaw: { form: FORM, response: '{{123__response_uuid}}' } };
    const halted = await errorOf(appTester(creates.delete_form_response!.operation.perform as never, bundle as never, true));
    expect(halted).toMatchObject({ name: 'HaltedError' });
    expect(halted.message).toContain('Nothing to delete');
  });

  it('refuses a response that is no ID before any request', async () => {
    const error = await failsBeforeAnyRequest(() => remove({ response: 'a/b' }));
    expect(error).toMatchObject({ code: 'invalid_input' });
  });
});
