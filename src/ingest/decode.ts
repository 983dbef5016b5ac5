/**
 * Bytes → string. The charset comes from, in order: a byte-order mark, the HTTP
 * Content-Type header, the page's own `<meta charset>` / `http-equiv` declaration, then
 * strict UTF-8. Text we cannot decode is refused with the reason, never guessed into
 * mojibake. Binary files are recognised by their magic numbers and NUL bytes.
 */
import { isUtf8 } from 'node:buffer';
import { InputError } from '../errors.js';

/** How many leading bytes the `<meta charset>` prescan reads (the HTML standard says 1024; pages often put it later). */
const META_PRESCAN_BYTES = 4096;
/** How many leading bytes are checked for NUL and control bytes when sniffing binary input. */
const BINARY_SNIFF_BYTES = 8192;
/** Share of control bytes (other than tab, CR, LF, FF) above which input is binary. */
const MAX_CONTROL_SHARE = 0.1;

/** A page declaring UTF-8 may hold this many undecodable bytes (and no more than this share) before it is refused. */
const MAX_STRAY_BYTES = 16;
const MAX_STRAY_SHARE = 0.001;

function countReplacements(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\ufffd'); i !== -1; i = s.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** File signatures we name in the error, so the user knows what they passed; each name with its article ("an ELF executable"). */
const MAGIC: ReadonlyArray<{ name: string; bytes: number[] }> = [
  { name: 'a PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a ZIP archive (or Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'an ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'a WebP/RIFF file', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'a SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65] },
];

/** How many charset labels' canonical names are remembered (the WHATWG list has about 230). */
const MAX_KNOWN_LABELS = 256;

/** Charset labels people write that TextDecoder spells differently. */
const CHARSET_ALIASES: Readonly<Record<string, string>> = {
  'utf8': 'utf-8',
  'unicode': 'utf-16le',
  'cp1251': 'windows-1251',
  'win-1251': 'windows-1251',
  'latin1': 'iso-8859-1',
  'latin-1': 'iso-8859-1',
};

export interface Decoded {
  text: string;
  /** The encoding used, as TextDecoder names it. */
  encoding: string;
}

function startsWith(bytes: Buffer, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

function bomEncoding(bytes: Buffer): { encoding: string; skip: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', skip: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', skip: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** The charset parameter of a Content-Type header value, lower-cased, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*["']?(?<cs>[\w.:-]+)/i.exec(contentType);
  return m?.groups ? m.groups.cs.toLowerCase() : null;
}

/** A charset declaration in a `<meta>` tag. No part of a match can be a `>`. */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?(?<cs>[\w.:-]+)/i;
/** The first bytes of the prescan, read on their own first: most pages declare their charset there. */
const META_NEAR_BYTES = 1024;

/** The charset an HTML page declares in its first bytes (`<meta charset>` or http-equiv). */
export function charsetFromMeta(bytes: Buffer): string | null {
  const end = Math.min(bytes.length, META_PRESCAN_BYTES);
  const nearEnd = Math.min(end, META_NEAR_BYTES);
  const near = bytes.subarray(0, nearEnd).toString('latin1');
  const found = META_CHARSET.exec(near);
  // A match with a ">" after it in these bytes is the one the whole prescan finds: no match
  // holds a ">", so none could start earlier and run past them, and this one reads nothing
  // beyond that ">".
  if (nearEnd === end || (found?.groups && near.indexOf('>', found.index) !== -1)) return found?.groups ? found.groups.cs.toLowerCase() : null;
  const direct = META_CHARSET.exec(bytes.subarray(0, end).toString('latin1'));
  return direct?.groups ? direct.groups.cs.toLowerCase() : null;
}

/** Labels already looked up: TextDecoder is built only to name the encoding, and building one costs. */
const canonicalLabels = new Map<string, string | null>();

function canonicalLabel(label: string): string | null {
  const known = canonicalLabels.get(label);
  if (known !== undefined) return known;
  const l = CHARSET_ALIASES[label] ?? label;
  let canonical: string | null;
  try {
    canonical = new TextDecoder(l).encoding;
  } catch {
    canonical = null;
  }
  // Bounded: a hostile page could declare a new label each time.
  if (canonicalLabels.size < MAX_KNOWN_LABELS) canonicalLabels.set(label, canonical);
  return canonical;
}

/** Throws when the bytes are a known binary format or plainly not text. */
export function assertNotBinary(bytes: Buffer, origin: string, contentType?: string | null): void {
  for (const m of MAGIC) {
    if (startsWith(bytes, m.bytes)) throw new InputError(`${origin} is ${m.name}, not an HTML page or text; expected something like article.html or article.txt`);
  }
  // UTF-16 is full of NULs by design.
  if (bomEncoding(bytes)?.encoding.startsWith('utf-16') || charsetFromContentType(contentType)?.startsWith('utf-16')) return;
  const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
  let control = 0;
  // An indexed loop: a Buffer's iterator costs several times more per byte.
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) throw new InputError(`${origin} looks like a binary file (it contains NUL bytes), not an HTML page or text`);
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (head.length > 0 && control / head.length > MAX_CONTROL_SHARE) {
    throw new InputError(`${origin} looks like a binary file (${control} control bytes in the first ${head.length}), not an HTML page or text`);
  }
}

/**
 * Decodes the bytes of a page or text file. `contentType` is the HTTP header when the
 * bytes came over HTTP; `sniffMeta` says whether to read an HTML `<meta charset>`.
 */
export function decode(bytes: Buffer, opts: { contentType?: string | null; sniffMeta?: boolean; origin: string }): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip)), encoding: bom.encoding };

  const declared = charsetFromContentType(opts.contentType) ?? (opts.sniffMeta ? charsetFromMeta(bytes) : null);
  if (declared) {
    const label = canonicalLabel(declared);
    if (!label) throw new InputError(`${opts.origin} declares an unknown charset "${declared}"; expected e.g. utf-8, windows-1251, iso-8859-1`);
    // Single-byte charsets cannot be "invalid".
    if (label !== 'utf-8') return { text: new TextDecoder(label).decode(bytes), encoding: label };
    if (isUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: 'utf-8' };
    // A page that declares UTF-8 and has a stray bad byte or two (a broken CMS) is read the
    // way browsers read it; more than that means the declaration is wrong.
    const text = new TextDecoder('utf-8').decode(bytes);
    // Nothing replaced: no need to tell bad bytes from replacement characters written as such.
    if (!text.includes('\ufffd')) return { text, encoding: 'utf-8' };
    const bad = countReplacements(text) - countReplacements(bytes.toString('latin1').replace(/\xef\xbf\xbd/g, '\ufffd'));
    if (bad <= Math.min(MAX_STRAY_BYTES, bytes.length * MAX_STRAY_SHARE)) return { text, encoding: 'utf-8' };
  }
  // Valid UTF-8 (its BOM handled above) reads the same through Buffer, at less cost than a
  // fatal TextDecoder built for each page.
  if (isUtf8(bytes)) return { text: bytes.toString('utf8'), encoding: 'utf-8' };
  const at = firstInvalidUtf8(bytes);
  throw new InputError(
    `${opts.origin} is not valid UTF-8 (bad byte 0x${bytes[at]?.toString(16).padStart(2, '0') ?? '??'} at offset ${at}); ` +
      'save it as UTF-8 or declare its charset, e.g. <meta charset="windows-1251">',
  );
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return Math.max(0, bytes.length - 1);
}
