/** The table of minimum requests per step, and how the user listing's share is counted. */
import { MINIMUMS, minimumOf, pagesToReach } from '../../bench/minimums';

describe('pagesToReach', () => {
  it('counts the pages of 100 (the largest both paging styles serve) up to the furthest position', () => {
    expect(pagesToReach([])).toBe(0);
    expect(pagesToReach([0])).toBe(1);
    expect(pagesToReach([99])).toBe(1);
    expect(pagesToReach([3, 100])).toBe(2);
    expect(pagesToReach([9_999, 12])).toBe(100);
    expect(pagesToReach([249], 250)).toBe(1);
  });
});

describe('minimumOf', () => {
  it('adds the user listing only to steps that turn emails into UUIDs', () => {
    expect(minimumOf('send_message · emails', 40)).toBe(41);
    expect(minimumOf('send_message · UUIDs', 40)).toBe(1);
    expect(minimumOf('push_activity · email', 40)).toBe(1);
    expect(minimumOf('find_user · email', 3)).toBe(3);
  });

  it('knows the triggers’ four methods', () => {
    expect(['subscribe', 'unsubscribe', 'perform', 'performList · check-in chosen'].map((id) => minimumOf(id, 0))).toEqual([1, 1, 0, 2]);
  });

  it('refuses a step it has no minimum for', () => {
    expect(() => minimumOf('send_fax', 1)).toThrow('No minimum is written down for “send_fax”.');
  });

  it('gives a reason for every minimum', () => {
    for (const [id, minimum] of Object.entries(MINIMUMS)) {
      expect({ id, why: minimum.why.length > 10 }).toEqual({ id, why: true });
    }
  });
});
