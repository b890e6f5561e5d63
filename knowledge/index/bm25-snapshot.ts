/**
 * The serialised form of a BM25 index: JSON with the big arrays as base64 typed arrays
 * (postings concatenated per term, with offsets). Validated on decode.
 */
import type { FieldWeights } from './bm25';

/** Serialised BM25 index (JSON-safe). Passage texts are not included. */
export interface Bm25Snapshot {
  format: 'bm25/1';
  k1: number;
  b: number;
  fieldWeights: FieldWeights;
  terms: string[];
  /** Int32 offsets of each term's postings (terms.length + 1 entries). */
  offsets: string;
  /** Int32 passage slots of all postings. */
  postingSlots: string;
  /** Float32 weighted term frequencies of all postings. */
  postingTfs: string;
  /** Float64 passage ids by slot. */
  passageIds: string;
  /** Float64 document ids by slot. */
  documentIds: string;
  /** Float64 weighted passage lengths by slot. */
  lengths: string;
}

/** Decoded arrays of a snapshot. */
export interface Bm25Arrays {
  terms: string[];
  offsets: Int32Array;
  slots: Int32Array;
  tfs: Float32Array;
  passageIds: Float64Array;
  documentIds: Float64Array;
  lengths: Float64Array;
}

const b64 = (a: ArrayBufferView): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

function fromB64<T>(s: unknown, Ctor: { new (buf: ArrayBuffer): T; BYTES_PER_ELEMENT: number }): T {
  if (typeof s !== 'string') throw new Error('BM25 snapshot: array missing');
  const buf = Buffer.from(s, 'base64');
  if (buf.byteLength % Ctor.BYTES_PER_ELEMENT !== 0) throw new Error('BM25 snapshot: truncated array');
  const copy = new ArrayBuffer(buf.byteLength);
  new Uint8Array(copy).set(buf);
  return new Ctor(copy);
}

/** Encodes the arrays of an index into a snapshot. */
export function encodeSnapshot(params: { k1: number; b: number; fieldWeights: FieldWeights }, a: Bm25Arrays): Bm25Snapshot {
  return {
    format: 'bm25/1',
    ...params,
    terms: a.terms,
    offsets: b64(a.offsets),
    postingSlots: b64(a.slots),
    postingTfs: b64(a.tfs),
    passageIds: b64(a.passageIds),
    documentIds: b64(a.documentIds),
    lengths: b64(a.lengths),
  };
}

/** Decodes and checks a snapshot; throws on any inconsistency. */
export function decodeSnapshot(snap: Bm25Snapshot): Bm25Arrays {
  if (!snap || snap.format !== 'bm25/1' || !Array.isArray(snap.terms)) throw new Error('BM25 snapshot: unknown format');
  const a: Bm25Arrays = {
    terms: snap.terms,
    offsets: fromB64(snap.offsets, Int32Array),
    slots: fromB64(snap.postingSlots, Int32Array),
    tfs: fromB64(snap.postingTfs, Float32Array),
    passageIds: fromB64(snap.passageIds, Float64Array),
    documentIds: fromB64(snap.documentIds, Float64Array),
    lengths: fromB64(snap.lengths, Float64Array),
  };
  const n = a.passageIds.length;
  if (a.offsets.length !== a.terms.length + 1 || a.slots.length !== a.tfs.length) throw new Error('BM25 snapshot: postings disagree');
  if (a.documentIds.length !== n || a.lengths.length !== n) throw new Error('BM25 snapshot: passages disagree');
  if (a.offsets[0] !== 0 || a.offsets[a.terms.length] !== a.slots.length) throw new Error('BM25 snapshot: bad offsets');
  for (let t = 0; t < a.terms.length; t++) {
    const from = a.offsets[t]!;
    const to = a.offsets[t + 1]!;
    if (to < from) throw new Error('BM25 snapshot: bad offsets');
    for (let i = from; i < to; i++) {
      const s = a.slots[i]!;
      if (s < 0 || s >= n || (i > from && s <= a.slots[i - 1]!)) throw new Error('BM25 snapshot: bad posting');
    }
  }
  return a;
}
