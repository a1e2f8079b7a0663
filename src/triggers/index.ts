/** Every trigger of the app: the instant ones, then the hidden dropdown feeds. */
import type { Trigger } from 'zapier-platform-core';

import { stepsByKey, type StepModule } from '../steps';
import { dropdownSteps } from './dropdowns';

export const triggerSteps: StepModule<Trigger>[] = [...dropdownSteps];

export const triggers = stepsByKey(triggerSteps);
