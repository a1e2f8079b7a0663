/** One rule for an email address everywhere (issue 19 item 6): EMAIL_PATTERN, used by every email check. */
import fs from 'node:fs';
import path from 'node:path';

import { EMAIL_MAX_LENGTH, EMAIL_PATTERN, isEmailAddress } from '../../src/schemas/patterns';

describe('EMAIL_PATTERN', () => {
  it.each(['ann@example.com', 'ann.lee+zap@mail.example.co', 'ünï@example.com', `${'a'.repeat(64)}@${'b'.repeat(243)}.com`])('accepts %s', (good) => {
    expect(isEmailAddress(good)).toBe(true);
  });

  it.each([
    ['NUL', 'ann\u0000@example.com'],
    ['a line break', 'ann@example.com\nBcc: eve@evil.example'],
    ['a carriage return', 'ann@example.com\r'],
    ['a tab', 'ann\t@example.com'],
    ['a C1 control', 'ann\u0085@example.com'],
    ['DEL', 'ann\u007f@example.com'],
    ['a comma (two addresses)', 'ann@example.com,eve@evil.example'],
    ['a backslash', 'ann\\@example.com'],
    ['a second @', 'ann@eve@example.com'],
    ['no dot in the domain', 'ann@localhost'],
    ['321 characters', `${'a'.repeat(64)}@${'b'.repeat(252)}.com`],
  ])('refuses %s', (_, bad) => {
    expect(isEmailAddress(bad)).toBe(false);
  });

  it('caps at 320 characters', () => {
    expect(EMAIL_MAX_LENGTH).toBe(320);
    expect(isEmailAddress(`${'a'.repeat(64)}@${'b'.repeat(251)}.com`)).toBe(true); // 320
  });

  it('is the only email rule in src/: no other pattern tests for an email', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (full.endsWith('.ts')) files.push(full);
      }
    };
    walk(path.join(__dirname, '../../src'));
    const others = files.filter((file) => !file.endsWith(path.join('schemas', 'patterns.ts'))).filter((file) => /\.email\(|z\.email|\[\^\\s@/.test(fs.readFileSync(file, 'utf8')));
    expect(others).toEqual([]);
    expect(EMAIL_PATTERN.test('ann@example.com')).toBe(true);
  });
});
