/**
 * How each generated n8n parameter becomes the Zapier input the step reads (`bundle.inputData`).
 * scripts/n8n-generate.ts writes one plan per operation into ../generated/; the node reads them.
 */

/**
 * - `value`: as it is (string, number, boolean, date, options).
 * - `locator`: a resource locator → its value.
 * - `locators`: rows of resource locators (`{values: [{value: locator}]}`) → a list of values.
 * - `texts`: a multiple-values string → a list.
 * - `rows`: line items (`{values: [{…}]}`) → a list of objects (Zapier's `children`).
 * - `pairs`: name/value rows → an object (Zapier's `dict`).
 * - `mapper`: a resource mapper → its fields, merged into the inputs.
 */
export type FieldKind = 'value' | 'locator' | 'locators' | 'texts' | 'rows' | 'pairs' | 'mapper';

export interface FieldPlan {
  /** The Zapier input key (also the n8n parameter name). */
  key: string;
  kind: FieldKind;
  /** The collection the parameter sits in, when it is optional. */
  in?: string;
  /** For `rows`: how each child becomes a value. */
  children?: FieldPlan[];
}

export type StepKind = 'creates' | 'searches' | 'triggers';

export interface OperationPlan {
  kind: StepKind;
  /** The app's step key. */
  key: string;
  label: string;
  fields: FieldPlan[];
  /** The resource mapper's method and the fields it waits for, when the step has dynamic fields. */
  mapper?: { dependsOn: string[] };
}
