/** Check-ins, their templates and responses (and reminders). */
import type { Domain } from '../../core/domain';
import { newestSample } from '../../core/organization';
import type { SandboxState } from '..';
import { CHECKINS_CONTROL, checkinsControl } from './control';
import { checkinRoutes } from './routes';
import { seedCheckins } from './seed';
import { CheckinOperations } from './state';

/** The newest response, of the subscribed check-ins when there are any. */
const sample = (state: SandboxState, objects: readonly string[]): unknown =>
  newestSample(state.responses.values(), objects, (r) => r.checkin, (r) => state.checkinResponsePayload(r));

export const checkins: Domain<CheckinOperations> = {
  name: 'checkins',
  seed: seedCheckins,
  operations: CheckinOperations,
  routes: checkinRoutes,
  control: { index: CHECKINS_CONTROL, routes: checkinsControl },
  showDemo: (state) => {
    const d = state.demo;
    return {
      standup: { id: d.standup, name: state.checkins.get(d.standup)?.name, blocker_question: d.blockerQuestion },
      anonymous_checkin: { id: d.anonymousCheckin, name: state.checkins.get(d.anonymousCheckin)?.name },
    };
  },
  samples: {
    'followups.response.completed': sample,
    'followups.response.updated': sample,
    'followups.response.deleted': sample,
  },
};
