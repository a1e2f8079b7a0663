/** Every action of the app. */
import type { Create } from 'zapier-platform-core';

import { stepsByKey, type StepModule } from '../steps';

export const createSteps: StepModule<Create>[] = [];

export const creates = stepsByKey(createSteps);
