/**
 * The package n8n installs: its manifest, what its bundle may hold (n8n's community scanner refuses
 * `process`, `globalThis`, timers, `__dirname`, the file system and imports other than n8n-workflow
 * and Node's crypto), its entry points, icons and credential.
 */
import fs from 'node:fs';
import path from 'node:path';

import rootPackage from '../../package.json';
import { loadPackage, removeBuild, type Package } from './support';

const N8N = path.resolve(__dirname, '..', '..', 'n8n');
const manifest = JSON.parse(fs.readFileSync(path.join(N8N, 'package.json'), 'utf8')) as Record<string, unknown> & {
  n8n: { n8nNodesApiVersion: number; nodes: string[]; credentials: string[] };
};

let pkg: Package;
beforeAll(async () => {
  pkg = await loadPackage();
});
afterAll(() => removeBuild(pkg));

describe('n8n-nodes-dailybot', () => {
  it('is an n8n community package: MIT, the root version, n8n-workflow as its only peer, no dependencies, only dist published', () => {
    expect(manifest).toMatchObject({ name: 'n8n-nodes-dailybot', version: rootPackage.version, license: 'MIT', files: ['dist'], peerDependencies: { 'n8n-workflow': '*' } });
    expect(manifest.keywords).toContain('n8n-community-node-package');
    expect(manifest).not.toHaveProperty('dependencies');
    expect(Object.keys(manifest.peerDependencies as object)).toEqual(['n8n-workflow']);
    expect(manifest.n8n.n8nNodesApiVersion).toBe(1);
    expect(rootPackage.license).toBe('MIT');
    expect(fs.readFileSync(path.join(N8N, '..', 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it('bundles nothing n8n refuses and leaves zapier-platform-core out', () => {
    for (const banned of [/\bglobalThis\b/, /\bprocess\.(env|exit|cwd|argv)/, /[^.\w]process\s*\./, /\b__dirname\b/, /\b__filename\b/, /\bsetTimeout\b/, /\bsetInterval\b/, /\bsetImmediate\b/, /zapier-platform-core/]) {
      expect(pkg.source).not.toMatch(banned);
    }
    const required = new Set([...pkg.source.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]));
    expect([...required].sort()).toEqual(['crypto', 'n8n-workflow']);
  });

  it('has every node and credential where its manifest says, with light and dark icons', () => {
    for (const entry of [...manifest.n8n.nodes, ...manifest.n8n.credentials]) expect(fs.existsSync(path.join(pkg.dir, entry.replace(/^dist\//, '')))).toBe(true);
    const described = [new pkg.DailyBot(), new pkg.DailyBotTrigger(), new pkg.DailyBotFormApprovalTrigger()].map((n) => n.description as Record<string, unknown>);
    for (const d of described) {
      expect(d.subtitle).toBeTruthy();
      const icon = d.icon as { light: string; dark: string };
      expect(icon.light).not.toBe(icon.dark);
      for (const file of [icon.light, icon.dark]) expect(fs.existsSync(path.join(pkg.dir, 'nodes', 'DailyBot', file.replace(/^file:/, '')))).toBe(true);
    }
    expect(described[0]).toMatchObject({ usableAsTool: true, name: 'dailyBot' });
    expect(described[1]).not.toHaveProperty('usableAsTool');
    expect(described[1]).toMatchObject({ inputs: [], group: ['trigger'] });
    const credential = new pkg.DailyBotApi() as unknown as { name: string; properties: Array<{ name: string; type: string; default: string }>; test: { request: { url: string } } };
    expect(credential.name).toBe('dailyBotApi');
    expect(credential.test.request.url).toBe('/me/');
    expect(credential.properties.find((p) => p.name === 'apiUrl')).toMatchObject({ type: 'hidden', default: 'https://api.dailybot.com/v1' });
  });
});
