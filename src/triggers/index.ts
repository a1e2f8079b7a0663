/** Every trigger of the app, instant ones first, then the hidden dropdown feeds. */
import { dropdowns } from './dropdowns';

export const triggers = {
  ...dropdowns,
};
