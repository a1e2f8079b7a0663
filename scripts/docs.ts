/**
 * Writes the README's tables of triggers, actions and searches from the app definition, so the docs
 * cannot drift from the code. `npm run docs` rewrites README.md; test/docs.test.ts fails when they differ.
 */
import fs from 'node:fs';
import path from 'node:path';

import type AppDefinition from '../index';

/** The app from its sources: a bare `../index` would find the root index.js, which loads the last build. */
const App = (require('../index.ts') as { default: typeof AppDefinition }).default;

export const START = '<!-- steps:start (written by `npm run docs` from the app definition; do not edit by hand) -->';
export const END = '<!-- steps:end -->';
export const README = path.resolve(__dirname, '..', 'README.md');

interface Field {
  key: string;
  label?: string;
  required?: boolean;
  list?: boolean;
  dynamic?: string;
  computed?: boolean;
  type?: string;
}
interface Step {
  key: string;
  display: { label: string; description: string; hidden?: boolean };
  operation: { inputFields?: Array<Field | ((...args: unknown[]) => unknown)>; type?: string };
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

const describeInput = (field: Field): string => {
  const marks = [field.required ? 'required' : '', field.list ? 'list' : '', field.dynamic ? 'dropdown' : '']
    .filter(Boolean)
    .join(', ');
  return `${field.label ?? field.key} (\`${field.key}\`${marks ? `; ${marks}` : ''})`;
};

const inputsOf = (step: Step): string => {
  const fields = (step.operation.inputFields ?? []).filter((f): f is Field => typeof f === 'object' && f.type !== 'copy');
  return fields.length === 0 ? '—' : fields.map(describeInput).join('<br>');
};

const table = (title: string, steps: Step[]): string => {
  const rows = steps.map((s) => `| ${cell(s.display.label)} | \`${s.key}\` | ${cell(s.display.description)} | ${inputsOf(s)} |`);
  return [`### ${title}`, '', '| Label | Key | What it does | Inputs |', '|---|---|---|---|', ...rows].join('\n');
};

const visible = (record: Record<string, unknown> | undefined): Step[] =>
  Object.values(record ?? {})
    .map((s) => s as Step)
    .filter((s) => !s.display.hidden);

/** The generated section, markers included. */
export const renderSteps = (): string => {
  const triggers = visible(App.triggers as Record<string, unknown>);
  const hidden = Object.values((App.triggers ?? {}) as Record<string, Step>).filter((s) => s.display.hidden);
  const pairs = Object.values((App.searchOrCreates ?? {}) as Record<string, { key: string; display: { label: string }; create: string }>);
  const parts = [
    START,
    table('Triggers (instant)', triggers),
    '',
    hidden.length > 0 ? `Hidden triggers fill the dropdowns: ${hidden.map((s) => `\`${s.key}\``).join(', ')}.\n` : '',
    table('Actions', visible(App.creates as Record<string, unknown>)),
    '',
    table('Searches', visible(App.searches as Record<string, unknown>)),
    '',
    pairs.length > 0
      ? `Search-or-create: ${pairs.map((p) => `${p.display.label} (\`${p.key}\` with \`${p.create}\`)`).join(', ')}.`
      : '',
    END,
  ];
  return parts.filter((p, i) => p !== '' || parts[i - 1] !== '').join('\n');
};

/** README.md with its generated section replaced. */
export const renderReadme = (readme: string): string => {
  const start = readme.indexOf('<!-- steps:start');
  const end = readme.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`README.md has no <!-- steps:start … ${END} section`);
  return `${readme.slice(0, start)}${renderSteps()}${readme.slice(end + END.length)}`;
};

if (require.main === module) {
  const before = fs.readFileSync(README, 'utf8');
  const after = renderReadme(before);
  fs.writeFileSync(README, after);
  console.log(before === after ? 'README.md is up to date.' : 'README.md: step tables rewritten from the app definition.');
}
