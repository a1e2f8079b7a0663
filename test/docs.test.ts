import fs from 'node:fs';

import { README, renderReadme } from '../scripts/docs';

describe('README', () => {
  it('lists exactly the triggers, actions and searches of the app definition (run `npm run docs` to fix)', () => {
    const readme = fs.readFileSync(README, 'utf8');
    expect(readme).toBe(renderReadme(readme));
  });
});

describe('CHANGELOG', () => {
  it('has an entry for the version in package.json, first (Zapier shows it when the version is promoted)', () => {
    const { version } = JSON.parse(fs.readFileSync(`${__dirname}/../package.json`, 'utf8')) as { version: string };
    const headings = fs.readFileSync(`${__dirname}/../CHANGELOG.md`, 'utf8').match(/^## .+$/gm) ?? [];
    expect(headings[0]).toBe(`## ${version}`);
  });
});
