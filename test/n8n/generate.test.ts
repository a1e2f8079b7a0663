/**
 * The n8n descriptions are generated from the Zapier app (scripts/n8n-generate.ts; test/docs.test.ts
 * fails when n8n/src/generated/ is stale: run `npm run docs`). This checks what n8n's lint would check on literal
 * descriptions (it cannot read generated ones): every operation has an action in sentence case, every
 * property a type-correct default, options of five or more are alphabetised, values are step keys.
 */
import type { INodeProperties } from 'n8n-workflow';

import App from '../../index';
import { operationValue } from '../../scripts/n8n-generate';
import { actionProperties, operationPlans } from '../../n8n/src/generated/actions';
import { pollPlans, triggerPlans, triggerProperties } from '../../n8n/src/generated/triggers';

type Steps = Record<string, { display: { hidden?: boolean }; operation: { type?: string } }>;
const app = App as unknown as Record<'creates' | 'searches' | 'triggers', Steps>;
const visible = (steps: Steps) => Object.entries(steps).filter(([, s]) => !s.display.hidden).map(([key]) => key);

describe('n8n descriptions', () => {
  it('offer every visible action and search as an operation (value = step key; Ask in Chat is sendAndWait)', () => {
    const expected = [...visible(app.creates), ...visible(app.searches)].map(operationValue).sort();
    expect(Object.keys(operationPlans).sort()).toEqual(expected);
    expect(operationPlans.sendAndWait?.key).toBe('ask_in_chat');
    const instant = Object.entries(app.triggers).filter(([, s]) => !s.display.hidden && s.operation.type === 'hook').map(([key]) => key);
    expect(Object.keys(triggerPlans).sort()).toEqual(instant.sort());
    expect(Object.keys(pollPlans)).toEqual(['form_response_state_changed']);
  });

  const walk = (properties: INodeProperties[], visit: (p: INodeProperties) => void): void => {
    for (const p of properties) {
      visit(p);
      for (const option of (p.options ?? []) as Array<INodeProperties & { values?: INodeProperties[] }>) {
        if ('type' in option && option.type) walk([option], visit);
        if (option.values) walk(option.values, visit);
      }
    }
  };

  it('follow n8n lint rules their literal form would be checked by', () => {
    const all = [...actionProperties, ...triggerProperties];
    walk(all, (p) => {
      expect(p.default).not.toBeUndefined();
      if (p.type === 'boolean') expect(p.default).toBe(false);
      if (p.type === 'collection' || p.type === 'fixedCollection') expect(p.default).toEqual({});
      if (p.type === 'options' && (p.options?.length ?? 0) >= 5 && p.name !== 'operation') {
        const names = (p.options as Array<{ name: string }>).map((o) => o.name);
        expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
      }
      expect(p.displayName).toMatch(/\S/);
      expect(p.description ?? '').not.toMatch(/\*\*|\]\(/); // Markdown became HTML
      expect(`${p.displayName} ${p.description ?? ''}`).not.toMatch(/\bZap/); // n8n has workflows
    });
    for (const op of actionProperties.filter((p) => p.name === 'operation')) {
      expect(op.noDataExpression).toBe(true);
      for (const option of op.options as Array<{ name: string; action: string; description: string }>) {
        expect(option.action).toMatch(/^[A-Z][^A-Z]*(DailyBot[^A-Z]*)*$/);
        expect(option.description).toMatch(/\S/);
      }
    }
  });
});
