/**
 * Zapier's app-level throttle keeps one connection within DailyBot's pace (src/http/throttle.ts);
 * `npm run validate` checks it against Zapier's schema.
 */
import App from '../../index';
import { DAILYBOT_REQUESTS_PER_MINUTE, DAILYBOT_THROTTLE, REQUESTS_PER_STEP } from '../../src/http/throttle';

describe('the app throttle', () => {
  it('is declared for the whole app, counted per connection and shared by every step', () => {
    expect(App.throttle).toBe(DAILYBOT_THROTTLE);
    expect(DAILYBOT_THROTTLE.scope).toEqual(['auth']);
    // a step-level throttle would count that step apart from the others, against the same key
    const steps = [...Object.values(App.triggers ?? {}), ...Object.values(App.creates ?? {}), ...Object.values(App.searches ?? {})];
    expect(steps.filter((step) => (step.operation as { throttle?: unknown }).throttle !== undefined).map((step) => step.key)).toEqual([]);
  });

  it('lets no more steps start a minute than DailyBot takes requests, at two requests a step', () => {
    const perMinute = (DAILYBOT_THROTTLE.limit * 60) / DAILYBOT_THROTTLE.window;
    expect(perMinute * REQUESTS_PER_STEP).toBeLessThanOrEqual(DAILYBOT_REQUESTS_PER_MINUTE);
    expect(perMinute).toBeGreaterThanOrEqual(DAILYBOT_REQUESTS_PER_MINUTE / 4);
    expect(DAILYBOT_THROTTLE.retry).not.toBe(false); // queued and retried, never held
  });
});
