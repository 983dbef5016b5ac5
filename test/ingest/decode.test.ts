import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { assertNotBinary, decode } from '../../src/ingest/decode.js';
import { parseArticle } from '../../src/ingest/index.js';
import { PROSE, raw } from './helpers.js';

const CYRILLIC = 'Сили ППО збили 48 із 61 дрона';
/** windows-1251 bytes of CYRILLIC, written out so the test does not depend on an encoder. */
function cp1251(s: string): Buffer {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
    else if (c === 0x404) out.push(0xaa); // Є
    else if (c === 0x406) out.push(0xb2); // І
    else if (c === 0x456) out.push(0xb3); // і
    else if (c === 0x454) out.push(0xba); // є
    else throw new Error(`no cp1251 byte for ${ch}`);
  }
  return Buffer.from(out);
}

function htmlWith(charsetTag: string, title: string, body: string): string {
  return `<html><head>${charsetTag}<title>${title}</title></head><body><h1>${title}</h1><p>${body}</p><p>${PROSE.join(' ')}</p></body></html>`;
}

describe('decode', () => {
  it('reads windows-1251 declared in <meta charset>', () => {
    const bytes = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1251"><title>'), cp1251(CYRILLIC), Buffer.from('</title></head></html>')]);
    expect(decode(bytes, { sniffMeta: true, origin: 't' }).text).toContain(CYRILLIC);
  });

  it('reads windows-1251 declared in the HTTP header, which wins over the page', () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>'), cp1251(CYRILLIC)]);
    const d = decode(bytes, { contentType: 'text/html; charset=cp1251', sniffMeta: true, origin: 't' });
    expect(d.encoding).toBe('windows-1251');
    expect(d.text).toContain(CYRILLIC);
  });

  it('reads ISO-8859-1 declared with http-equiv', () => {
    const bytes = Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Genève, déclaré</p>', 'latin1');
    expect(decode(bytes, { sniffMeta: true, origin: 't' }).text).toContain('Genève, déclaré');
  });

  it.each([
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Київ – “drones”</p>', 'utf16le')])],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('<p>Київ – “drones”</p>', 'utf16le').swap16()])],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Київ – “drones”</p>')])],
  ])('reads %s by its byte-order mark', (_name, bytes) => {
    expect(decode(bytes, { sniffMeta: true, origin: 't' }).text).toBe('<p>Київ – “drones”</p>');
  });

  it('refuses invalid UTF-8 with the offset of the bad byte', () => {
    const bytes = Buffer.from([...Buffer.from('Headline\ncaf'), 0xe9, ...Buffer.from(' au lait\n')]);
    expect(() => decode(bytes, { origin: 'x.txt' })).toThrow(/x\.txt is not valid UTF-8 \(bad byte 0xe9 at offset 12\)/);
  });

  it('reads a page that declares UTF-8 despite a stray bad byte, as browsers do', () => {
    const bytes = Buffer.concat([Buffer.from(`<meta charset="utf-8"><p>${'Київ '.repeat(200)}caf`), Buffer.from([0xe9]), Buffer.from('</p>')]);
    expect(decode(bytes, { sniffMeta: true, origin: 't' }).text).toContain('caf\ufffd</p>');
  });

  it('refuses a page whose UTF-8 declaration is plainly wrong', () => {
    const bytes = Buffer.from('<meta charset="utf-8"><p>Genève, déclaré, été, café, réunion, ministère, sécurité, armée, arrêté, défense, côté, à, où, être, çà</p>', 'latin1');
    expect(() => decode(bytes, { sniffMeta: true, origin: 't' })).toThrow(/is not valid UTF-8/);
  });

  it('refuses an unknown charset label', () => {
    expect(() => decode(Buffer.from('<meta charset="klingon-8">'), { sniffMeta: true, origin: 't' })).toThrow(InputError);
  });
});

describe('assertNotBinary', () => {
  it.each([
    ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n')],
    ['PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['gzip archive', Buffer.from([0x1f, 0x8b, 0x08, 0x00])],
    ['binary file', Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43])],
  ])('names a %s', (name, bytes) => {
    expect(() => assertNotBinary(bytes, 'f')).toThrow(new RegExp(name));
  });

  it.each([
    ['an ELF executable', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01])],
    ['a PDF', Buffer.from('%PDF-1.7')],
  ])('names it with its article: "%s"', (name, bytes) => {
    expect(() => assertNotBinary(bytes, 'f')).toThrow(`f is ${name}, not an HTML page`);
  });

  it('lets UTF-16 with a BOM through despite its NUL bytes', () => {
    expect(() => assertNotBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>x</p>', 'utf16le')]), 'f')).not.toThrow();
  });
});

describe('parseArticle on encoded pages', () => {
  it('reads a windows-1251 page end to end', () => {
    const html = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1251"><title>'), cp1251(CYRILLIC), Buffer.from(`</title></head><body><h1>`), cp1251(CYRILLIC), Buffer.from(`</h1><p>${PROSE.join('</p><p>')}</p></body></html>`)]);
    const a = parseArticle(raw(html, 'ua.html'));
    expect(a.title).toBe(CYRILLIC);
  });

  it('reads an ISO-8859-1 page end to end', () => {
    const a = parseArticle(raw(Buffer.from(htmlWith('<meta charset="iso-8859-1">', 'Genève: 48 drones abattus', 'Déclaré à Genève.'), 'latin1'), 'fr.html'));
    expect(a.title).toBe('Genève: 48 drones abattus');
    expect(a.text).toContain('Déclaré à Genève.');
  });

  it('reads a UTF-16 page with a BOM end to end', () => {
    const html = htmlWith('', 'Air force downs 48 drones – “a record”', 'Officials in Kyiv said so.');
    const a = parseArticle(raw(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]), 'u16.html'));
    expect(a.title).toBe('Air force downs 48 drones – “a record”');
  });
});
