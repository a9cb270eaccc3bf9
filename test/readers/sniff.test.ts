import { describe, expect, it } from 'vitest';
import { describeKind, sniff } from '../../src/readers/sniff.js';
import { encodeText, oleBytes, pngBytes, zipBytes } from '../helpers/fixtures.js';
import { detailText } from '../helpers/detail.js';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('sniff', () => {
  it('recognises containers by their signatures', () => {
    expect(sniff(zipBytes({ 'a.txt': 'hello' }))).toBe('zip');
    expect(sniff(bytes(0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0))).toBe('zip'); // empty zip
    expect(sniff(oleBytes())).toBe('ole');
    expect(sniff(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe('ole');
  });

  it('says empty for zero bytes', () => {
    expect(sniff(new Uint8Array())).toBe('empty');
  });

  it('recognises images and PDF', () => {
    expect(sniff(pngBytes())).toBe('png');
    expect(sniff(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46))).toBe('jpeg');
    expect(sniff(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBe('gif');
    expect(sniff(Buffer.from('GIF87a\x01\x00', 'latin1'))).toBe('gif');
    expect(sniff(Buffer.from('%PDF-1.7\n%\xe2\xe3', 'latin1'))).toBe('pdf');
  });

  it('calls UTF-8, Windows-1252 and BOM-marked UTF-16 text', () => {
    expect(sniff(Buffer.from('No;KOL;Followers\r\n1;Natasha;354K\r\n'))).toBe('text');
    expect(sniff(encodeText('Caf\u00e9 \u2019', 'windows-1252'))).toBe('text');
    expect(sniff(encodeText('No\tKOL\r\n', 'utf-16le'))).toBe('text'); // full of NUL bytes, but has a BOM
    expect(sniff(Buffer.from([0xfe, 0xff, 0, 0x41, 0, 0x42]))).toBe('text');
    expect(sniff(encodeText('a,b\n', 'utf-8-bom'))).toBe('text');
  });

  it('calls bytes with a NUL (and no BOM) binary', () => {
    expect(sniff(bytes(0x01, 0x02, 0x00, 0x03))).toBe('binary');
    expect(sniff(Buffer.from('No\tKOL\r\n', 'utf16le'))).toBe('binary'); // UTF-16 without a BOM
  });

  it('only looks at the first 4 KiB for NULs', () => {
    const buf = Buffer.alloc(5000, 0x41);
    buf[4500] = 0;
    expect(sniff(buf)).toBe('text');
    buf[100] = 0;
    expect(sniff(buf)).toBe('binary');
  });

  it('copes with heads shorter than a signature', () => {
    expect(sniff(bytes(0x50, 0x4b))).toBe('text');
    expect(sniff(bytes(0xd0, 0xcf, 0x11))).toBe('text'); // no NUL: by the rule, text
  });

  it('names what a file is for messages', () => {
    expect(detailText(describeKind('png'))).toBe('PNG image');
    expect(detailText(describeKind('pdf'))).toBe('PDF document');
    expect(detailText(describeKind('pdf'), 'id')).toBe('dokumen PDF');
  });
});
