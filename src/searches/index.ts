/** Every search of the app, and the search-or-create pairs. */
import type { Search, SearchOrCreate } from 'zapier-platform-core';

import { stepsByKey, type StepModule } from '../steps';
import * as findCheckin from './find-checkin';
import * as findCheckinNonRespondents from './find-checkin-non-respondents';
import * as findCheckinResponses from './find-checkin-responses';
import * as findFormResponse from './find-form-response';
import * as findTeam from './find-team';
import * as findUser from './find-user';

export const searchSteps: StepModule<Search>[] = [findUser, findTeam, findCheckin, findCheckinResponses, findCheckinNonRespondents, findFormResponse];

export const searches = stepsByKey(searchSteps);

/** "Find or Create": Zapier runs the search, and the create only when the search finds nothing. */
export const searchOrCreates = {
  find_checkin: {
    key: 'find_checkin',
    display: {
      label: 'Find or Create Check-in',
      description: 'Finds a check-in by its name, or creates it from a template when none matches.',
    },
    search: 'find_checkin',
    create: 'create_checkin',
  },
  find_form_response: {
    key: 'find_form_response',
    display: {
      label: 'Find or Create Form Response',
      description: 'Finds a form response by its ID or by person, text, status, state and days, or submits one when none matches.',
    },
    search: 'find_form_response',
    create: 'submit_form_response',
  },
} satisfies Record<string, SearchOrCreate>;
