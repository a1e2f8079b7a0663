/** Every search of the app, and the search-or-create pairs. */
import type { Search } from 'zapier-platform-core';

import { stepsByKey, type StepModule } from '../steps';

export const searchSteps: StepModule<Search>[] = [];

export const searches = stepsByKey(searchSteps);

export const searchOrCreates = {};
