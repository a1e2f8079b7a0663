/**
 * Bounded text (issue 12 items 7, 8, 9) and readable questions (issue 11 item 4): HTML stripping in
 * linear time, every output text cut at TEXT_LIMIT with a mark, answers read a bounded depth, and
 * DailyBot's template variables never shown.
 */
import fc from 'fast-check';

import { CUT_MARK, cutText, DEPTH_LIMIT, htmlToText, INPUT_LIMIT, readableQuestion, TEXT_LIMIT, valueToText } from '../../../src/triggers/normalize/text';

describe('htmlToText', () => {
  // its speed on hostile input (linear, not ~4× per doubling as before) is measured by `npm run bench`
  it.each([['<a'], ['<li'], ['<script>'], ['<style x'], ['&a'], ['< '], ['\n  \t'], ['</p'], ['<br']])('reads 200 KB of %p to the end, within the input bound', (unit) => {
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    expect(htmlToText(text).length).toBeLessThanOrEqual(INPUT_LIMIT);
  });

  it('reads at most INPUT_LIMIT characters', () => {
    expect(htmlToText('x'.repeat(INPUT_LIMIT * 3)).length).toBe(INPUT_LIMIT);
  });

  it('gives the text of common answer HTML', () => {
    expect(htmlToText('<p>Shipped the <strong>billing export</strong> &amp; fixed two bugs.</p><ul><li>one</li><li>two</li></ul>done<br/>ok')).toBe(
      'Shipped the billing export & fixed two bugs.\n\n- one\n- two\ndone\nok',
    );
    expect(htmlToText('a <script type="x">alert(1)</script >b<STYLE>p{}</style>c')).toBe('a bc');
    expect(htmlToText('2 < 3 and <a<a<a href="x">link</a> <unclosed')).toBe('2 < 3 and link <unclosed');
    expect(htmlToText('<script>no end')).toBe('no end');
  });
});

describe('cutText', () => {
  it('cuts at the limit and says how much was left out', () => {
    const cut = cutText('x'.repeat(TEXT_LIMIT + 1_000));
    expect(cut.length).toBeLessThanOrEqual(TEXT_LIMIT);
    expect(cut.endsWith(CUT_MARK(TEXT_LIMIT + 1_000 - cut.indexOf('\n[')))).toBe(true);
    expect(cut).toMatch(/\[… cut here by the Zapier app: [\d,]+ more characters\]$/);
    expect(cutText('short')).toBe('short');
  });

  it('never cuts an emoji in half', () => {
    fc.assert(
      fc.property(fc.integer({ min: 80, max: 160 }), (limit) => {
        const cut = cutText('😀'.repeat(200), limit);
        expect(cut.length).toBeLessThanOrEqual(limit);
        expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
      }),
    );
  });
});

describe('valueToText', () => {
  it('reads an answer nested 3,000 lists deep without overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 3000; i++) deep = [deep];
    expect(valueToText(deep)).toBe('…');
    let object: unknown = { a: 1 };
    for (let i = 0; i < 3000; i++) object = { inner: object };
    expect(() => valueToText(object)).not.toThrow();
    expect(valueToText(object)!.split('{').length - 1).toBeLessThanOrEqual(DEPTH_LIMIT);
  });

  it('reads a bounded amount of a huge list', () => {
    const text = valueToText(Array.from({ length: 200_000 }, () => 'word'))!;
    expect(text.length).toBeLessThanOrEqual(INPUT_LIMIT + 10);
  });

  it('reads choices by their label, and lists joined with commas', () => {
    expect(valueToText([{ label: 'A' }, { value: 2 }, true, null, ''])).toBe('A, 2, true');
    expect(valueToText({ other: 'x' })).toBe('{"other":"x"}');
  });
});

describe('readableQuestion', () => {
  const template = 'Your previous day plan ({previous_response_date}):\n{previous_response_#2}\n\nWhat did you complete in your previous workday?';

  it('uses question_without_special_vars when DailyBot gives it', () => {
    expect(readableQuestion(template, 'What did you complete in your previous workday?')).toBe('What did you complete in your previous workday?');
  });

  it('without it, leaves out the paragraphs that hold a variable', () => {
    expect(readableQuestion(template, null)).toBe('What did you complete in your previous workday?');
  });

  it('takes out variables, and the brackets they leave empty, when every paragraph holds one', () => {
    expect(readableQuestion('How did {event_name} go ({date})?')).toBe('How did go?');
    expect(readableQuestion('{previous_response_#2}')).toBeNull();
  });

  it('keeps text in braces that is not a variable, and questions without any', () => {
    expect(readableQuestion('Rate it {1-5}')).toBe('Rate it {1-5}');
    expect(readableQuestion('Plans for today?')).toBe('Plans for today?');
    expect(readableQuestion('', '')).toBeNull();
  });

  it('never shows a {variable}, whatever the template', () => {
    const variable = fc.stringMatching(/^\{[a-z_][a-z0-9_#]{0,12}\}$/);
    const words = fc.stringMatching(/^[A-Za-z ?:()\n]{0,20}$/);
    fc.assert(
      fc.property(fc.array(fc.oneof(variable, words), { maxLength: 12 }), (parts) => {
        const question = readableQuestion(parts.join(''));
        expect(question ?? '').not.toMatch(/\{[a-z_][a-z0-9_#]*\}/);
      }),
    );
  });
});
