/**
 * Answers and questions to plain text, in time and space proportional to what DailyBot sent and
 * never more than these bounds, whatever a responder types:
 * - TEXT_LIMIT: each text in an output (`response`, `response_text`, `answer_N`, `question_N`,
 *   `answers_text`…) holds at most 50,000 characters; a longer one is cut and ends with CUT_MARK
 *   saying how much was left out.
 * - INPUT_LIMIT: no more than 200,000 characters of any one text are read (HTML markup included).
 * - DEPTH_LIMIT: lists and objects inside an answer are read 10 levels deep; deeper ones show as "…".
 * - ANSWER_LIMIT: a response gives at most 100 answers.
 */
export const TEXT_LIMIT = 50_000;
export const INPUT_LIMIT = 200_000;
export const DEPTH_LIMIT = 10;
export const ANSWER_LIMIT = 100;

/** What ends a text that was cut. */
export const CUT_MARK = (left: number): string => `\n[… cut here by the Zapier app: ${left.toLocaleString('en-US')} more characters]`;

/** The text, or its first part and CUT_MARK when it is longer than `limit` (never half of an emoji). */
export const cutText = (text: string, limit = TEXT_LIMIT): string => {
  if (text.length <= limit) return text;
  let end = Math.max(0, limit - CUT_MARK(text.length).length);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}${CUT_MARK(text.length - end)}`;
};

/**
 * A text as one short line for a label or a help text: white space collapsed, at most `max`
 * characters, a longer one ending in "…" (never half of an emoji). Reads no more of `text` than it needs.
 */
export const oneLine = (text: string, max: number): string => {
  const head = text.length > max * 4 + 64 ? text.slice(0, max * 4 + 64) : text;
  const line = head.replace(/\s+/g, ' ').trim();
  if (line.length <= max && head === text) return line;
  let end = Math.min(line.length, max - 1);
  const code = line.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${line.slice(0, end).trimEnd()}…`;
};

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
};

const codePoint = (n: number, original: string): string => {
  try {
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : original;
  } catch {
    return original;
  }
};

/** Decodes HTML entities (`&amp;`, `&#39;`, `&#x27;`, `&nbsp;`…); unknown ones stay as written. */
export const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]{1,8}|#\d{1,8}|[a-z][a-z0-9]{0,31});/gi, (match, entity: string) => {
    if (entity[0] === '#') {
      const hex = entity[1] === 'x' || entity[1] === 'X';
      return codePoint(Number.parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10), match);
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? match;
  });

const BLOCK_ENDS = new Set(['p', 'div', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr']);
const TAG_NAME = /^(\/?)([a-z][a-z0-9]{0,15})/i;

/** True for the character after `<` that starts a tag: a letter, `/` or `!`. */
const startsTag = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 47 || code === 33;

/** Spaces and tabs at the end of each line removed, runs of blank lines cut to one. */
const tidyLines = (text: string): string => {
  const lines = text.split('\n').map((line) => {
    let end = line.length;
    while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end -= 1;
    return line.slice(0, end);
  });
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
};

/**
 * An HTML answer as plain text: line breaks where blocks and `<br>` end, list items as "- item",
 * scripts and styles removed with their content, other tags removed, entities decoded, blank runs
 * collapsed. One pass over the text: each `<` looks for its `>` at most once, and once no `>` is
 * left nothing after it is taken for a tag (`<a<a<a…` is linear, not quadratic).
 */
export const htmlToText = (html: string): string => {
  const source = html.length > INPUT_LIMIT ? html.slice(0, INPUT_LIMIT) : html;
  const parts: string[] = [];
  const noCloserFrom: Record<string, number> = {};
  let textStart = 0;
  let at = 0;
  let gt = -1;
  while (at < source.length) {
    const lt = source.indexOf('<', at);
    if (lt < 0) break;
    if (!startsTag(source.charCodeAt(lt + 1))) {
      at = lt + 1;
      continue;
    }
    if (gt < lt) gt = source.indexOf('>', lt);
    if (gt < 0) break;
    parts.push(source.slice(textStart, lt));
    const [, closing, rawName] = TAG_NAME.exec(source.slice(lt + 1, lt + 18)) ?? [];
    const name = rawName?.toLowerCase();
    let next = gt + 1;
    if (name === 'br') parts.push('\n');
    else if (name === 'li' && !closing) parts.push('\n- ');
    else if (closing && name && BLOCK_ENDS.has(name)) parts.push('\n');
    else if (!closing && (name === 'script' || name === 'style') && next < (noCloserFrom[name] ?? Infinity)) {
      const closer = new RegExp(`</${name}\\s*>`, 'gi');
      closer.lastIndex = next;
      const found = closer.exec(source);
      if (found) next = found.index + found[0].length;
      else noCloserFrom[name] = next;
    }
    textStart = at = next;
  }
  parts.push(source.slice(textStart));
  return tidyLines(decodeEntities(parts.join('')).replace(/\u00a0/g, ' '));
};

const ANSWER_KEYS = ['label', 'text', 'name', 'value', 'response'];

/** A list or object as short JSON-like text, DEPTH_LIMIT levels deep and about INPUT_LIMIT characters long. */
const boundedJson = (value: unknown, depth: number, budget: { left: number }): string => {
  if (budget.left <= 0) return '…';
  if (value === null || typeof value !== 'object') {
    const text = typeof value === 'string' ? JSON.stringify(value.length > budget.left ? value.slice(0, budget.left) : value) : String(value ?? null);
    budget.left -= text.length;
    return text;
  }
  if (depth >= DEPTH_LIMIT) return '…';
  const inner: string[] = [];
  const entries = Array.isArray(value) ? value.map((v) => ['', v] as const) : Object.entries(value);
  for (const [key, v] of entries) {
    if (budget.left <= 0) {
      inner.push('…');
      break;
    }
    const prefix = Array.isArray(value) ? '' : `${JSON.stringify(key)}:`;
    budget.left -= prefix.length + 1;
    inner.push(prefix + boundedJson(v, depth + 1, budget));
  }
  return Array.isArray(value) ? `[${inner.join(',')}]` : `{${inner.join(',')}}`;
};

const valueAt = (value: unknown, depth: number, budget: { left: number }): string | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.length > budget.left ? value.slice(0, budget.left) : value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (depth >= DEPTH_LIMIT) return '…';
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (const item of value) {
      if (budget.left <= 0) break;
      const part = valueAt(item, depth + 1, budget);
      if (part === null || part === '') continue;
      budget.left -= part.length + 2;
      parts.push(part);
    }
    return parts.join(', ');
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of ANSWER_KEYS) {
      const inner = record[key];
      if (typeof inner === 'string' || typeof inner === 'number' || typeof inner === 'boolean') return valueAt(inner, depth + 1, budget);
    }
    return boundedJson(value, depth, budget);
  }
  return String(value);
};

/**
 * Any answer value as text: strings as they are, numbers and yes/no as words, lists joined with
 * commas, a choice object by its label. Null when there is no answer. Reads at most INPUT_LIMIT
 * characters and DEPTH_LIMIT levels; the caller cuts the result to TEXT_LIMIT.
 */
export const valueToText = (value: unknown): string | null => valueAt(value, 0, { left: INPUT_LIMIT });

/** A template variable, as DailyBot writes them in questions: `{previous_response_date}`, `{previous_response_#2}`. */
const VARIABLE = /\{[A-Za-z_][\w#.:-]{0,63}\}/;
const VARIABLES = new RegExp(VARIABLE.source, 'g');

/**
 * A question as a person reads it, never with DailyBot's `{…}` template variables in it:
 * `question_without_special_vars` when DailyBot gives it (the webhook bodies in Pipedream's samples);
 * otherwise the question without its paragraphs that hold a variable ("Your previous day plan
 * ({previous_response_date}):\n{previous_response_#2}\n\nWhat did you complete…?" reads "What did
 * you complete…?"), or, when every paragraph holds one, with the variables and the brackets they
 * leave empty taken out.
 */
export const readableQuestion = (question: unknown, withoutVariables?: unknown): string | null => {
  if (typeof withoutVariables === 'string' && withoutVariables.trim() !== '') return cutText(withoutVariables.trim());
  if (typeof question !== 'string' || question.trim() === '') return null;
  const text = question.length > INPUT_LIMIT ? question.slice(0, INPUT_LIMIT) : question;
  if (!VARIABLE.test(text)) return cutText(text);
  const plain = text
    .split(/\n[ \t]*\n/)
    .filter((paragraph) => !VARIABLE.test(paragraph))
    .join('\n\n')
    .trim();
  if (plain !== '') return cutText(plain);
  const stripped = tidyLines(
    text
      .replace(VARIABLES, '')
      .replace(/\([ \t]*\)|\[[ \t]*\]/g, '')
      .replace(/[ \t]{2,}/g, ' ')
      .replace(/ ([?.!,:;])/g, '$1'),
  );
  return stripped === '' ? null : cutText(stripped);
};
