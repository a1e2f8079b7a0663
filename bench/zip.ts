/**
 * Reads a zip's central directory: its entries with their sizes, so the benchmark can say how many
 * files `zapier-platform build` put in build.zip and what takes the room; and unpacks one (stored or
 * deflated entries, symlinks), so the zip can be run the way Zapier runs it.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
  symlink: boolean;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Where the entry's local header starts. */
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of a zip file's central directory, in order. */
export const zipEntries = (zip: Buffer): ZipEntry[] => {
  // the end-of-central-directory record is 22 bytes plus a comment of up to 65,535
  let eocd = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at -= 1) {
    if (zip.readUInt32LE(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new Error('Not a zip file: no end-of-central-directory record.');
  const total = zip.readUInt16LE(eocd + 10);
  const offset = zip.readUInt32LE(eocd + 16);
  if (total === 0xffff || offset === 0xffffffff) throw new Error('ZIP64 archives are not read here.');

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < total; i += 1) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`Broken zip: entry ${i + 1} of ${total} has no central header.`);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const method = zip.readUInt16LE(at + 10);
    const mode = zip.readUInt32LE(at + 38) >>> 16;
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({ name, compressedSize, size, symlink: (mode & 0o170000) === 0o120000, method, offset: local });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
};

/** The bytes of one entry, uncompressed. */
export const entryData = (zip: Buffer, entry: ZipEntry): Buffer => {
  if (zip.readUInt32LE(entry.offset) !== LOCAL) throw new Error(`Broken zip: no local header for ${entry.name}.`);
  const start = entry.offset + 30 + zip.readUInt16LE(entry.offset + 26) + zip.readUInt16LE(entry.offset + 28);
  const raw = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(raw);
  if (entry.method === 8) return zlib.inflateRawSync(raw);
  throw new Error(`${entry.name}: compression method ${entry.method} is not read here.`);
};

/** Unpacks every entry under `dir` (refusing paths that would leave it). */
export const extractZip = (zip: Buffer, dir: string): void => {
  const root = path.resolve(dir);
  for (const entry of zipEntries(zip)) {
    const target = path.resolve(root, entry.name);
    if (target !== root && !target.startsWith(root + path.sep)) throw new Error(`Unsafe path in zip: ${entry.name}`);
    if (entry.name.endsWith('/')) {
      fs.mkdirSync(target, { recursive: true });
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const data = entryData(zip, entry);
    if (entry.symlink) fs.symlinkSync(data.toString('utf8'), target);
    else fs.writeFileSync(target, data);
  }
};

/** The package an entry belongs to (`node_modules/@scope/name/…` → `@scope/name`), or "the app". */
export const packageOf = (name: string): string => {
  const parts = name.split('/');
  const last = parts.lastIndexOf('node_modules');
  if (last < 0 || last + 1 >= parts.length) return 'the app';
  const first = parts[last + 1]!;
  return first.startsWith('@') && last + 2 < parts.length ? `${first}/${parts[last + 2]}` : first;
};

/** Compressed bytes per package, largest first. */
export const bytesByPackage = (entries: readonly ZipEntry[]): Array<{ name: string; bytes: number; files: number }> => {
  const totals = new Map<string, { bytes: number; files: number }>();
  for (const entry of entries) {
    const key = packageOf(entry.name);
    const sum = totals.get(key) ?? { bytes: 0, files: 0 };
    sum.bytes += entry.compressedSize;
    sum.files += 1;
    totals.set(key, sum);
  }
  return [...totals.entries()].map(([name, sum]) => ({ name, ...sum })).sort((a, b) => b.bytes - a.bytes);
};
