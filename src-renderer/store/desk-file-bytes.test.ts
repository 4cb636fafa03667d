import { describe, expect, it } from 'vitest';
import { InputError } from '../../src-shared/validation/issues';
import { decodeDeskFile, MAX_DESK_FILE_BYTES } from './desk-file-bytes';

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

  it('refuses a file of more than 1,000 MB before reading a byte of it, and looks no further at exactly 1,000 MB', () => {
    // Only the length is read before the refusal: a stand-in of that length spares the test a gigabyte.
    const tooLarge = { byteLength: MAX_DESK_FILE_BYTES + 1 } as Uint8Array;
    let refusal: unknown;
    try {
      decodeDeskFile(tooLarge);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(InputError);
    expect((refusal as InputError).issues).toEqual([{ field: 'file', reason: 'is larger than 1000 MB', code: 'desk.too_large', params: { megabytes: 1000 } }]);
    // At exactly 1,000 MB it goes on to decode (which the stand-in, holding no bytes, fails as not UTF-8).
    expect(() => decodeDeskFile({ byteLength: MAX_DESK_FILE_BYTES } as Uint8Array)).toThrow(/^file: is not UTF-8 text/);
  });
});
