import { describe, expect, it } from 'vitest';
import { dotBitmap } from './badge-dot';

describe('the Windows badge dot', () => {
  it('is a red disc on a transparent square', () => {
    const size = 16;
    const pixels = dotBitmap(size);
    expect(pixels.length).toBe(size * size * 4);
    const at = (x: number, y: number) => [...pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
    expect(at(8, 8)).toEqual([0x2b, 0x2b, 0xd0, 0xff]); // the middle: red, opaque
    expect(at(0, 0)).toEqual([0, 0, 0, 0]); // a corner: transparent
    expect(at(15, 15)).toEqual([0, 0, 0, 0]);
  });
});
