/** Every search of the app, and the search-or-create pairs. */
import type { Search } from 'zapier-platform-core';

import { stepsByKey, type StepModule } from '../steps';
import * as findCheckin from './find-checkin';
import * as findCheckinResponses from './find-checkin-responses';
import * as findTeam from './find-team';
import * as findUser from './find-user';

export const searchSteps: StepModule<Search>[] = [findUser, findTeam, findCheckin, findCheckinResponses];

export const searches = stepsByKey(searchSteps);

export const searchOrCreates = {};
