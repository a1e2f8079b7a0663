import App from '../../index';
import { searchOrCreates } from '../../src/searches';

describe('search-or-create', () => {
  it('pairs Find Check-in with Create Check-in under the search’s key', () => {
    expect(searchOrCreates).toEqual({
      find_checkin: {
        key: 'find_checkin',
        display: expect.objectContaining({ label: 'Find or Create Check-in', description: expect.stringMatching(/\.$/) }),
        search: 'find_checkin',
        create: 'create_checkin',
      },
      find_form_response: {
        key: 'find_form_response',
        display: expect.objectContaining({ label: 'Find or Create Form Response', description: expect.stringMatching(/\.$/) }),
        search: 'find_form_response',
        create: 'submit_form_response',
      },
    });
    expect(App.searchOrCreates).toBe(searchOrCreates);
  });

  it.each(Object.entries(searchOrCreates))('%s names a search and a create the app has', (key, pair) => {
    expect(pair.key).toBe(key);
    expect(App.searches?.[pair.search as keyof typeof App.searches]).toMatchObject({ key: pair.search });
    expect(App.creates?.[pair.create as keyof typeof App.creates]).toMatchObject({ key: pair.create });
  });

  it('lets Submit Form Response fill in the form Find Form Response searched (same input key)', () => {
    const pair = searchOrCreates.find_form_response;
    const keys = (fields: unknown) => ((fields ?? []) as Array<{ key?: string }>).map((f) => f.key);
    expect(keys(App.searches?.[pair.search as keyof typeof App.searches]?.operation.inputFields)).toContain('form');
    expect(keys(App.creates?.[pair.create as keyof typeof App.creates]?.operation.inputFields)).toContain('form');
  });

  it('lets the create take the name the search looked for (same input key)', () => {
    const pair = searchOrCreates.find_checkin;
    const searchKeys = (App.searches?.[pair.search as keyof typeof App.searches]?.operation.inputFields ?? []).map((f) => (f as { key: string }).key);
    const createKeys = (App.creates?.[pair.create as keyof typeof App.creates]?.operation.inputFields ?? []).map((f) => (f as { key: string }).key);
    expect(searchKeys).toContain('name');
    expect(createKeys).toContain('name');
  });

  it('gives every output key of the create from the search too, so later steps map the same fields whichever ran', () => {
    const pair = searchOrCreates.find_checkin;
    const keys = (fields: unknown) => ((fields ?? []) as Array<{ key: string }>).map((f) => f.key);
    const searchKeys = keys(App.searches?.[pair.search as keyof typeof App.searches]?.operation.outputFields);
    const createKeys = keys(App.creates?.[pair.create as keyof typeof App.creates]?.operation.outputFields);
    expect(createKeys.length).toBeGreaterThan(0);
    expect(searchKeys).toEqual(expect.arrayContaining(createKeys));
  });
});
