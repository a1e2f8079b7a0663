/**
 * Request body checks with DRF's wording ("This field is required."), collected per field so one
 * answer lists every problem, like DailyBot's serializers do.
 *
 * One deliberate difference: DRF ignores fields it does not know, the sandbox refuses them
 * (`unknown_field`, a code DailyBot's newer endpoints use), so a misspelt field in the app shows up
 * in its tests instead of being silently dropped.
 */
import { ApiError, badRequest, invalid } from './errors';
import { fullTime, isDate, isMonthDay, isTime, isTimeZone } from './time';

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const TRUE = new Set<unknown>([true, 'true', 'True', 'TRUE', 1, '1', 'yes', 'on']);
const FALSE = new Set<unknown>([false, 'false', 'False', 'FALSE', 0, '0', 'no', 'off']);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const typeName = (value: unknown): string => (Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value);

export interface FieldOptions {
  required?: boolean;
  /** null is accepted (and returned). */
  nullable?: boolean;
}

export class BodyCheck {
  readonly errors: Record<string, string[]> = {};
  readonly body: Record<string, unknown>;

  /** `allowed` lists the fields the endpoint knows; anything else is refused. */
  constructor(body: unknown, allowed?: readonly string[]) {
    if (body !== undefined && body !== null && !isPlainObject(body)) {
      throw invalid({ non_field_errors: [`Invalid data. Expected a dictionary, but got ${typeName(body)}.`] });
    }
    this.body = body ?? {};
    if (allowed) {
      const unknown = Object.keys(this.body).filter((key) => !allowed.includes(key));
      if (unknown.length > 0) {
        throw new ApiError(400, {
          detail: `Unknown field${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`,
          code: 'unknown_field',
          errors: Object.fromEntries(unknown.map((key) => [key, ['Unknown field.']])),
        });
      }
    }
  }

  has(field: string): boolean {
    return this.body[field] !== undefined;
  }

  fail(field: string, message: string): undefined {
    (this.errors[field] ??= []).push(message);
    return undefined;
  }

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  /** Throws the 400 when any field failed (`invalid` unless the endpoint has its own code). */
  done(code?: string, detail?: string): void {
    if (this.ok) return;
    throw code ? badRequest(code, detail ?? 'Invalid input.', this.errors) : invalid(this.errors);
  }

  /** Undefined when absent (or failed); null when null is allowed and sent. */
  private present(field: string, opts: FieldOptions): { value: unknown } | undefined | null {
    const value = this.body[field];
    if (value === undefined) {
      if (opts.required) this.fail(field, 'This field is required.');
      return undefined;
    }
    if (value === null) {
      if (opts.nullable) return null;
      this.fail(field, 'This field may not be null.');
      return undefined;
    }
    return { value };
  }

  string(field: string, opts: FieldOptions & { maxLength?: number; blank?: boolean } = {}): string | null | undefined {
    const got = this.present(field, opts);
    if (!got) return got;
    if (typeof got.value !== 'string') return this.fail(field, 'Not a valid string.');
    if (!opts.blank && got.value.trim() === '') return this.fail(field, 'This field may not be blank.');
    if (opts.maxLength !== undefined && got.value.length > opts.maxLength) {
      return this.fail(field, `Ensure this field has no more than ${opts.maxLength} characters.`);
    }
    return got.value;
  }

  boolean(field: string, opts: FieldOptions = {}): boolean | null | undefined {
    const got = this.present(field, opts);
    if (!got) return got;
    if (TRUE.has(got.value)) return true;
    if (FALSE.has(got.value)) return false;
    return this.fail(field, 'Must be a valid boolean.');
  }

  integer(field: string, opts: FieldOptions & { min?: number; max?: number } = {}): number | null | undefined {
    const got = this.present(field, opts);
    if (!got) return got;
    const n = typeof got.value === 'string' && /^-?\d+$/.test(got.value.trim()) ? Number(got.value) : got.value;
    if (typeof n !== 'number' || !Number.isInteger(n)) return this.fail(field, 'A valid integer is required.');
    if (opts.min !== undefined && n < opts.min) return this.fail(field, `Ensure this value is greater than or equal to ${opts.min}.`);
    if (opts.max !== undefined && n > opts.max) return this.fail(field, `Ensure this value is less than or equal to ${opts.max}.`);
    return n;
  }

  date(field: string, opts: FieldOptions = {}): string | null | undefined {
    const got = this.present(field, opts);
    if (!got) return got;
    if (!isDate(got.value)) return this.fail(field, 'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.');
    return got.value;
  }

  /** `HH:MM[:SS]`, returned as `HH:MM:SS`. */
  time(field: string, opts: FieldOptions = {}): string | null | undefined {
    const got = this.present(field, opts);
    if (!got) return got;
    if (!isTime(got.value)) return this.fail(field, 'Time has wrong format. Use one of these formats instead: hh:mm[:ss[.uuuuuu]].');
    return fullTime(got.value);
  }

  monthDay(field: string, opts: FieldOptions = {}): string | null | undefined {
    const got = this.present(field, opts);
    if (!got) return got;
    if (!isMonthDay(got.value)) return this.fail(field, 'Birth date has wrong format. Use MM-DD.');
    return got.value;
  }

  timeZone(field: string, opts: FieldOptions = {}): string | null | undefined {
    const got = this.present(field, opts);
    if (!got) return got;
    if (!isTimeZone(got.value)) return this.fail(field, `"${String(got.value)}" is not a valid choice.`);
    return got.value;
  }

  choice<T extends string>(field: string, choices: readonly T[], opts: FieldOptions = {}): T | null | undefined {
    const got = this.present(field, opts);
    if (!got) return got;
    if (!choices.includes(got.value as T)) return this.fail(field, `"${String(got.value)}" is not a valid choice.`);
    return got.value as T;
  }

  url(field: string, opts: FieldOptions = {}): string | null | undefined {
    const got = this.present(field, opts);
    if (!got) return got;
    if (typeof got.value !== 'string' || !isHttpUrl(got.value)) return this.fail(field, 'Enter a valid URL.');
    return got.value;
  }

  /** A list; a lone string counts as a list of one when `acceptOne` (DailyBot's "string or array"). */
  list(field: string, opts: FieldOptions & { acceptOne?: boolean; allowEmpty?: boolean } = {}): unknown[] | null | undefined {
    const got = this.present(field, opts);
    if (!got) return got;
    const value = opts.acceptOne && typeof got.value === 'string' ? [got.value] : got.value;
    if (!Array.isArray(value)) return this.fail(field, `Expected a list of items but got type "${typeName(got.value)}".`);
    if (value.length === 0 && opts.allowEmpty === false) return this.fail(field, 'This list may not be empty.');
    return value;
  }

  /** A list of strings. */
  strings(field: string, opts: FieldOptions & { acceptOne?: boolean; allowEmpty?: boolean } = {}): string[] | null | undefined {
    const list = this.list(field, opts);
    if (!list) return list;
    if (list.some((item) => typeof item !== 'string' || item.trim() === '')) return this.fail(field, 'Each item must be a non-empty string.');
    return list as string[];
  }

  /** Weekday numbers, 1 (Monday) … 7 (Sunday). */
  weekdays(field: string, opts: FieldOptions = {}): number[] | null | undefined {
    const list = this.list(field, opts);
    if (!list) return list;
    if (list.some((d) => typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > 7)) {
      return this.fail(field, 'Each day must be a number from 1 (Monday) to 7 (Sunday).');
    }
    return [...new Set(list as number[])].sort((a, b) => a - b);
  }

  object(field: string, opts: FieldOptions = {}): Record<string, unknown> | null | undefined {
    const got = this.present(field, opts);
    if (!got) return got;
    if (!isPlainObject(got.value)) return this.fail(field, `Expected a dictionary of items but got type "${typeName(got.value)}".`);
    return got.value;
  }
}

export const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
};

export { isPlainObject };
