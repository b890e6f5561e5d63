/**
 * Minimal ZIP reader/rewriter: enough to tell a DOCX from an XLSX, PPTX or plain ZIP without
 * inflating anything, and to swap one XML part of a DOCX (see docx-numbering.ts). Entries are
 * never all inflated, so a ZIP bomb costs no more than mammoth's own reading.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;
/** Inflated size cap for one XML part (a 20 MiB upload cannot legitimately need more). */
const MAX_INFLATED = 256 * 1024 * 1024;

interface CentralEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function readCentralDirectory(buf: Buffer): CentralEntry[] | null {
  // The end-of-central-directory record sits in the last 22 bytes + up to 64 KiB of comment.
  const minPos = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= minPos; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (cdOffset === 0xffffffff || count === 0xffff) return null; // ZIP64: not a plausible office upload size
  const entries: CentralEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDH_SIG) return null;
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const entry: CentralEntry = {
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      crc: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    };
    if (p + 46 + nameLen > buf.length || entry.localOffset + 30 > buf.length) return null;
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function rawData(buf: Buffer, e: CentralEntry): Buffer {
  if (buf.readUInt32LE(e.localOffset) !== LFH_SIG) throw new Error(`bad local header for ${e.name}`);
  const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
  if (start + e.compressedSize > buf.length) throw new Error(`truncated entry ${e.name}`);
  return buf.subarray(start, start + e.compressedSize);
}

/**
 * Names of the entries in a ZIP archive's central directory, or `null` when the archive is
 * truncated or its directory is broken.
 */
export function listZipEntries(buf: Buffer): string[] | null {
  return readCentralDirectory(buf)?.map((e) => e.name) ?? null;
}

/** The inflated content of one entry, or null when absent. Throws on a broken archive. */
export function readZipEntry(buf: Buffer, name: string): Buffer | null {
  const entry = readCentralDirectory(buf)?.find((e) => e.name === name);
  if (!entry) return null;
  const data = rawData(buf, entry);
  if (entry.method === 0) return data;
  if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: MAX_INFLATED });
  throw new Error(`unsupported compression method ${entry.method}`);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A copy of the archive with some entries' contents replaced (others copied still compressed). */
export function replaceZipEntries(buf: Buffer, replacements: Map<string, Buffer>): Buffer {
  const entries = readCentralDirectory(buf);
  if (!entries) throw new Error('broken ZIP');
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const replacement = replacements.get(e.name);
    const data = replacement ? deflateRawSync(replacement) : rawData(buf, e);
    const meta = replacement
      ? { method: 8, crc: crc32(replacement), size: replacement.length }
      : { method: e.method, crc: e.crc, size: e.size };
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LFH_SIG, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names, sizes in this header (no data descriptor)
    local.writeUInt16LE(meta.method, 8);
    local.writeUInt32LE(meta.crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(meta.size, 22);
    local.writeUInt16LE(name.length, 26);
    const cdh = Buffer.alloc(46);
    cdh.writeUInt32LE(CDH_SIG, 0);
    cdh.writeUInt16LE(20, 4);
    cdh.writeUInt16LE(20, 6);
    cdh.writeUInt16LE(0x0800, 8);
    cdh.writeUInt16LE(meta.method, 10);
    cdh.writeUInt32LE(meta.crc, 16);
    cdh.writeUInt32LE(data.length, 20);
    cdh.writeUInt32LE(meta.size, 24);
    cdh.writeUInt16LE(name.length, 28);
    cdh.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    central.push(cdh, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(EOCD_SIG, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, eocd]);
}
