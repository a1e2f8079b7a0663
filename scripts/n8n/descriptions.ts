/** The built DailyBot nodes' descriptions, read from n8n/dist as package.json's `n8n.nodes` lists them. */
import fs from 'node:fs';
import path from 'node:path';

import { PACKAGE_DIR } from './pack';
import type { NodeDescription } from './parameters';

export interface NodeDescriptions {
  action: NodeDescription;
  trigger: NodeDescription;
  approvals: NodeDescription;
}

/** The built nodes' descriptions (n8n/dist, as package.json's `n8n.nodes` lists them). */
export const loadDescriptions = (): NodeDescriptions => {
  const pkg = JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as { n8n: { nodes: string[] } };
  const all = pkg.n8n.nodes.map((file) => {
    const mod = require(path.join(PACKAGE_DIR, file)) as Record<string, unknown>;
    const NodeClass = Object.values(mod).find((value): value is new () => { description: NodeDescription } => typeof value === 'function');
    if (!NodeClass) throw new Error(`${file} exports no node class`);
    return new NodeClass().description;
  });
  const find = (what: string, test: (d: NodeDescription) => boolean) => {
    const found = all.find(test);
    if (!found) throw new Error(`The package has no ${what} node (nodes: ${all.map((d) => d.name).join(', ')})`);
    return found;
  };
  return {
    action: find('DailyBot', (d) => d.name === 'dailyBot'),
    trigger: find('DailyBot Trigger', (d) => d.name === 'dailyBotTrigger'),
    approvals: find('approvals polling', (d) => d.polling === true),
  };
};

