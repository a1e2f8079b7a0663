/** Reading and unpacking build.zip without a zip library. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

import { bytesByPackage, extractZip, packageOf, zipEntries } from '../../bench/zip';

interface Item {
  name: string;
  data?: string;
  deflate?: boolean;
  symlink?: boolean;
}

/** A minimal zip as zip tools write it: local headers, a central directory, the end record. */
const makeZip = (items: readonly Item[], comment = ''): Buffer => {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const item of items) {
    const name = Buffer.from(item.name);
    const raw = Buffer.from(item.data ?? '');
    const stored = item.deflate ? zlib.deflateRawSync(raw) : raw;
    const method = item.deflate ? 8 : 0;
    const mode = item.symlink ? 0o120777 : item.name.endsWith('/') ? 0o040755 : 0o100644;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((mode << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, stored);
    centrals.push(central, name);
    offset += local.length + name.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(items.length, 8);
  end.writeUInt16LE(items.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(Buffer.byteLength(comment), 20);
  return Buffer.concat([...locals, directory, end, Buffer.from(comment)]);
};

const text = 'module.exports = 42;\n'.repeat(50);
const zip = makeZip(
  [
    { name: 'zapierwrapper.js', data: 'require("./index.js");' },
    { name: 'node_modules/zod/' },
    { name: 'node_modules/zod/index.cjs', data: text, deflate: true },
    { name: 'node_modules/@zapier/secret-scrubber/package.json', data: '{}' },
    { name: 'node_modules/.bin/zapier', data: '../zapier/bin.js', symlink: true },
  ],
  'a comment after the end record',
);

describe('zipEntries', () => {
  it('lists every entry with its sizes, method and kind, even behind a comment', () => {
    const entries = zipEntries(zip);
    expect(entries.map((e) => e.name)).toEqual([
      'zapierwrapper.js',
      'node_modules/zod/',
      'node_modules/zod/index.cjs',
      'node_modules/@zapier/secret-scrubber/package.json',
      'node_modules/.bin/zapier',
    ]);
    const zod = entries[2]!;
    expect(zod.size).toBe(text.length);
    expect(zod.method).toBe(8);
    expect(zod.compressedSize).toBeLessThan(zod.size);
    expect(entries.map((e) => e.symlink)).toEqual([false, false, false, false, true]);
  });

  it('says when a file is not a zip', () => {
    expect(() => zipEntries(Buffer.from('not a zip at all, just some text that is long enough'))).toThrow('no end-of-central-directory record');
  });
});

describe('extractZip', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-zip-test-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes stored and deflated files, directories and symlinks', () => {
    extractZip(zip, dir);
    expect(fs.readFileSync(path.join(dir, 'zapierwrapper.js'), 'utf8')).toBe('require("./index.js");');
    expect(fs.readFileSync(path.join(dir, 'node_modules/zod/index.cjs'), 'utf8')).toBe(text);
    expect(fs.readlinkSync(path.join(dir, 'node_modules/.bin/zapier'))).toBe('../zapier/bin.js');
  });

  it('refuses an entry that would land outside the folder', () => {
    expect(() => extractZip(makeZip([{ name: '../escaped.js', data: 'x' }]), dir)).toThrow('Unsafe path in zip: ../escaped.js');
    expect(fs.existsSync(path.join(dir, '..', 'escaped.js'))).toBe(false);
  });
});

describe('packages', () => {
  it('names the package an entry belongs to, scoped or not, and the app’s own files', () => {
    expect(packageOf('node_modules/zod/v4/core/core.cjs')).toBe('zod');
    expect(packageOf('node_modules/@zapier/secret-scrubber/index.js')).toBe('@zapier/secret-scrubber');
    expect(packageOf('node_modules/form-data/node_modules/mime-types/index.js')).toBe('mime-types');
    expect(packageOf('dist/src/people.js')).toBe('the app');
  });

  it('sums compressed bytes per package, largest first', () => {
    const sums = bytesByPackage(zipEntries(zip));
    expect(sums[0]!.name).toBe('zod');
    expect(sums.find((s) => s.name === 'the app')).toMatchObject({ files: 1 });
    expect(sums.reduce((n, s) => n + s.files, 0)).toBe(5);
  });
});
