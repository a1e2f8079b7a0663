/**
 * The fields a step adds from a choice (a form's questions) as n8n's resource mapper: the same
 * function the Zap editor calls (the step's `inputFields` entries that are functions), its Zapier
 * fields turned into mapper fields (id = the input key the step reads).
 */
import type { FieldType, ILoadOptionsFunctions, ResourceMapperField, ResourceMapperFields } from 'n8n-workflow';

import { operationPlans } from '../generated/actions';
import { toNodeError } from './errors';
import { CREDENTIAL, runIn, type DailyBotCredential } from './host';
import { locatorValue } from './inputs';
import { stepOperation } from './steps';

interface ZapierField {
  key: string;
  label?: string;
  type?: string;
  required?: boolean;
  helpText?: string;
  choices?: Array<{ value: string; label: string }> | Record<string, string>;
  list?: boolean;
}

const TYPES: Record<string, FieldType> = { boolean: 'boolean', integer: 'number', number: 'number', datetime: 'dateTime' };

const toMapperField = (field: ZapierField): ResourceMapperField => {
  const choices = Array.isArray(field.choices)
    ? field.choices.map((c) => ({ name: c.label, value: c.value }))
    : field.choices
      ? Object.entries(field.choices).map(([value, name]) => ({ name, value }))
      : undefined;
  return {
    id: field.key,
    displayName: field.label ?? field.key,
    required: field.required === true,
    defaultMatch: false,
    display: true,
    canBeUsedToMatch: false,
    type: choices ? 'options' : field.list ? 'array' : (TYPES[field.type ?? ''] ?? 'string'),
    ...(choices ? { options: choices } : {}),
  };
};

export async function stepFields(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
  const operation = this.getNodeParameter('operation', 0) as string;
  const plan = operationPlans[operation];
  if (!plan?.mapper) return { fields: [] };
  const inputData: Record<string, unknown> = {};
  for (const key of plan.mapper.dependsOn) {
    const value = locatorValue(this.getCurrentNodeParameter(key));
    if (typeof value === 'string' && value.trim() !== '') inputData[key] = value.trim();
  }
  const credential = (await this.getCredentials(CREDENTIAL)) as DailyBotCredential;
  const { z, bundle } = runIn(this, credential, { inputData });
  const fields: ZapierField[] = [];
  try {
    for (const entry of stepOperation(plan.kind, plan.key).inputFields ?? []) {
      if (typeof entry === 'function') fields.push(...((await entry(z, bundle)) as ZapierField[]));
    }
  } catch (error) {
    throw toNodeError(this.getNode(), error, 0);
  }
  return {
    fields: fields.filter((f) => f.type !== 'copy').map(toMapperField),
    emptyFieldsNotice: 'Choose one above first: its questions appear here.',
  };
}
