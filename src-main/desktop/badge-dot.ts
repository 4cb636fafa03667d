/** A filled red dot, `size` × `size`, as BGRA pixels (Windows' taskbar overlay; it cannot show a number). */
export function dotBitmap(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const r = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const inside = (x + 0.5 - r) ** 2 + (y + 0.5 - r) ** 2 <= r * r;
      if (!inside) continue;
      const i = (y * size + x) * 4;
      pixels[i] = 0x2b; // blue
      pixels[i + 1] = 0x2b; // green
      pixels[i + 2] = 0xd0; // red
      pixels[i + 3] = 0xff; // alpha
    }
  }
  return pixels;
}
