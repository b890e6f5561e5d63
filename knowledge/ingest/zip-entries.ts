/**
 * Minimal ZIP central-directory reader: just enough to tell a DOCX from an XLSX, PPTX or plain
 * ZIP without inflating anything (mammoth does the real unzipping later).
 */

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;

/**
 * Names of the entries in a ZIP archive's central directory, or `null` when the archive is
 * truncated or its directory is broken.
 */
export function listZipEntries(buf: Buffer): string[] | null {
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
  const names: string[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDH_SIG) return null;
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    if (p + 46 + nameLen > buf.length || localOffset + 30 > buf.length) return null;
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}
