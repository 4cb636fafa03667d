import { describe, expect, it } from 'vitest';
import { decodeDeskFile } from './desk-file-bytes';

describe('decodeDeskFile', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const text = '{"name":"Café Zoë"}';
    expect(decodeDeskFile(new TextEncoder().encode(text))).toBe(text);
    expect(decodeDeskFile(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
  });

  it('refuses Latin-1 bytes instead of reading them with replacement characters', () => {
    // "Café" in ISO-8859-1: é is the single byte 0xE9, not valid UTF-8.
    expect(() => decodeDeskFile(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toThrow(/^file: is not UTF-8 text/);
  });

  it('refuses UTF-16', () => {
    expect(() => decodeDeskFile(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0xd8, 0x00]))).toThrow(/^file: is not UTF-8 text/);
  });
});
