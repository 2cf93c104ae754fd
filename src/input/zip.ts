/** Reads chosen entries of a zip file with bounded output, so a zip bomb costs bounded memory and time. */
import { Inflate } from 'fflate';
import { InputError } from './types';

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** Compressed bytes handed to the inflater at a time: DEFLATE expands at most ~1032x, so one step stays small. */
const step = 16 * 1024;

/**
 * A zip archive's central directory, read without inflating anything. fflate does the inflating;
 * the directory walk is ours because the entry sizes a zip declares cannot be trusted, and we need
 * to inflate in small steps and stop at a budget.
 */
export class ZipReader {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
      if (this.u32(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new InputError('damaged file: the zip container has no directory (is the file complete?)');
    const count = this.u16(eocd + 10);
    let p = this.u32(eocd + 16);
    if (p === 0xffffffff || count === 0xffff) throw new InputError('zip64 containers are not supported (the file is larger than a Word document can be)');
    for (let i = 0; i < count; i++) {
      if (p + 46 > bytes.length || this.u32(p) !== 0x02014b50) throw new InputError('damaged file: the zip directory is corrupt');
      const nameLength = this.u16(p + 28);
      const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
      this.entries.set(name, { name, method: this.u16(p + 10), compressedSize: this.u32(p + 20), localOffset: this.u32(p + 42) });
      p += 46 + nameLength + this.u16(p + 30) + this.u16(p + 32);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * The entry's bytes, or undefined when it is absent. Throws an InputError when the entry would
   * take more than `budget.left` bytes once inflated (the budget is shared by all entries read).
   */
  read(name: string, budget: { left: number }): Uint8Array | undefined {
    const e = this.entries.get(name);
    if (!e) return undefined;
    const lh = e.localOffset;
    if (lh + 30 > this.bytes.length || this.u32(lh) !== 0x04034b50) throw new InputError(`damaged file: zip entry ${name} is corrupt`);
    const start = lh + 30 + this.u16(lh + 26) + this.u16(lh + 28);
    const data = this.bytes.subarray(start, start + e.compressedSize);
    if (data.length < e.compressedSize) throw new InputError(`damaged file: zip entry ${name} is cut short`);
    if (e.method === 0) {
      if (data.length > budget.left) throw bomb();
      budget.left -= data.length;
      return data;
    }
    if (e.method !== 8) throw new InputError(`zip entry ${name} uses an unsupported compression method (${e.method})`);
    const chunks: Uint8Array[] = [];
    let total = 0;
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > budget.left) throw bomb();
      chunks.push(chunk);
    });
    try {
      for (let i = 0; i < data.length; i += step) inflater.push(data.subarray(i, Math.min(data.length, i + step)), i + step >= data.length);
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw new InputError(`damaged file: zip entry ${name} cannot be decompressed`);
    }
    budget.left -= total;
    const out = new Uint8Array(total);
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }

  private u16(i: number): number {
    return i + 2 <= this.bytes.length ? this.view.getUint16(i, true) : 0;
  }

  private u32(i: number): number {
    return i + 4 <= this.bytes.length ? this.view.getUint32(i, true) : 0;
  }
}

function bomb(): InputError {
  return new InputError('refused: its text parts expand to far more data than any contract holds (a "zip bomb")');
}
