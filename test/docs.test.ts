import fs from 'node:fs';

import path from 'node:path';

import { README, renderReadme } from '../scripts/docs';
import { generate, GENERATED_DIR } from '../scripts/n8n-generate';

describe('README', () => {
  it('lists exactly the triggers, actions and searches of the app definition (run `npm run docs` to fix)', () => {
    const readme = fs.readFileSync(README, 'utf8');
    expect(readme).toBe(renderReadme(readme));
  });
});

describe('n8n descriptions', () => {
  it('are generated from the app definition as it is (run `npm run docs` to fix)', async () => {
    for (const [name, content] of Object.entries(await generate())) expect(fs.readFileSync(path.join(GENERATED_DIR, name), 'utf8')).toBe(content);
  });
});

describe('CHANGELOG', () => {
  it('has an entry for the version in package.json, first (Zapier shows it when the version is promoted)', () => {
    const { version } = JSON.parse(fs.readFileSync(`${__dirname}/../package.json`, 'utf8')) as { version: string };
    const headings = fs.readFileSync(`${__dirname}/../CHANGELOG.md`, 'utf8').match(/^## .+$/gm) ?? [];
    expect(headings[0]).toBe(`## ${version}`);
  });
});
