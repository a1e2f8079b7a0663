/** Every test is hermetic: nothing leaves this machine, and every mocked request is used. */
import nock from 'nock';

import { setResolver } from '../src/http/resolve';

process.env.DISABLE_ZAPIER_ANALYTICS = '1';

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect((host) => host.startsWith('127.0.0.1') || host.startsWith('localhost'));
});

/** A public address for every name: this machine has no DNS (tests of private answers set their own resolver). */
export const PUBLIC_ANSWER = [{ address: '93.184.215.14', family: 4 }];

beforeEach(() => {
  setResolver(async () => PUBLIC_ANSWER);
  delete process.env.DAILYBOT_API_URL;
  delete process.env.DAILYBOT_TIMEOUT_MS;
});

afterAll(() => {
  // nock patches Node's shared http module; jest loads a fresh nock for each test file, so the
  // previous file's interceptor must go, or it would answer (and refuse) the next file's requests
  nock.restore();
});

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  nock.abortPendingRequests();
  if (pending.length > 0) throw new Error(`Requests the test expected but the app never sent:\n${pending.join('\n')}`);
});
