import fs from 'node:fs';

import { README, renderReadme } from '../scripts/docs';

describe('README', () => {
  it('lists exactly the triggers, actions and searches of the app definition (run `npm run docs` to fix)', () => {
    const readme = fs.readFileSync(README, 'utf8');
    expect(readme).toBe(renderReadme(readme));
  });
});
