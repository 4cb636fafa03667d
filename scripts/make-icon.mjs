// Draws Klok's icon, a clock face on a rounded square, from one description into both
// build/icon.svg (the source) and build/icon.png (512 × 512, what electron-builder turns into the
// Windows .ico, the macOS .icns and the Linux icons). Offline and dependency-free: shapes are
// rasterised here with 4 × 4 supersampling and written as an RGBA PNG with node:zlib.
// Run: node scripts/make-icon.mjs (the output is committed; re-run after changing a shape).
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const BACKGROUND = [0x1f, 0x4e, 0x79]; // Klok blue
const FACE = [0xff, 0xff, 0xff];
const INK = [0x1b, 0x1f, 0x24];
const ACCENT = [0xe0, 0x6c, 0x2b]; // the second hand: time running

/** The shapes, back to front: a rounded square, the face, twelve ticks, the hands (10:10), the hub. */
const shapes = [
  { kind: 'roundedSquare', x: 16, y: 16, size: 480, radius: 96, color: BACKGROUND },
  { kind: 'circle', cx: 256, cy: 256, r: 184, color: FACE },
  ...Array.from({ length: 12 }, (_, i) => {
    const angle = (i * Math.PI) / 6;
    const [inner, outer] = i % 3 === 0 ? [138, 168] : [150, 168];
    return line(angle, inner, outer, i % 3 === 0 ? 12 : 6, INK);
  }),
  line((10 / 12) * 2 * Math.PI + (10 / 60) * (Math.PI / 6), -16, 96, 18, INK), // hour hand
  line((10 / 60) * 2 * Math.PI, -16, 140, 12, INK), // minute hand
  line((38 / 60) * 2 * Math.PI, -28, 150, 5, ACCENT), // second hand
  { kind: 'circle', cx: 256, cy: 256, r: 14, color: ACCENT },
];

/** A hand or tick: a segment from the centre's `from` to `to` pixels along `angle` (clockwise from 12). */
function line(angle, from, to, width, color) {
  const point = (d) => [256 + Math.sin(angle) * d, 256 - Math.cos(angle) * d];
  const [x1, y1] = point(from);
  const [x2, y2] = point(to);
  return { kind: 'line', x1, y1, x2, y2, width, color };
}

const round = (n) => Math.round(n * 100) / 100;
const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

function svg() {
  const body = shapes.map((s) => {
    if (s.kind === 'roundedSquare') return `<rect x="${s.x}" y="${s.y}" width="${s.size}" height="${s.size}" rx="${s.radius}" fill="${hex(s.color)}"/>`;
    if (s.kind === 'circle') return `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${hex(s.color)}"/>`;
    return `<line x1="${round(s.x1)}" y1="${round(s.y1)}" x2="${round(s.x2)}" y2="${round(s.y2)}" stroke="${hex(s.color)}" stroke-width="${s.width}" stroke-linecap="round"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">\n  <title>Klok</title>\n  ${body.join('\n  ')}\n</svg>\n`;
}

/** Whether the point (px, py) lies inside the shape (a round-capped segment for lines, as in SVG). */
function covers(s, px, py) {
  if (s.kind === 'circle') return (px - s.cx) ** 2 + (py - s.cy) ** 2 <= s.r ** 2;
  if (s.kind === 'roundedSquare') {
    const dx = Math.max(s.x + s.radius - px, 0, px - (s.x + s.size - s.radius));
    const dy = Math.max(s.y + s.radius - py, 0, py - (s.y + s.size - s.radius));
    return dx * dx + dy * dy <= s.radius ** 2 && px >= s.x && px <= s.x + s.size && py >= s.y && py <= s.y + s.size;
  }
  const [vx, vy] = [s.x2 - s.x1, s.y2 - s.y1];
  const t = Math.min(1, Math.max(0, ((px - s.x1) * vx + (py - s.y1) * vy) / (vx * vx + vy * vy)));
  return (px - (s.x1 + t * vx)) ** 2 + (py - (s.y1 + t * vy)) ** 2 <= (s.width / 2) ** 2;
}

function rgba() {
  const pixels = Buffer.alloc(SIZE * SIZE * 4);
  const N = 4;
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const px = x + (sx + 0.5) / N;
          const py = y + (sy + 0.5) / N;
          let color = null;
          for (const s of shapes) if (covers(s, px, py)) color = s.color;
          if (color) [r, g, b, a] = [r + color[0], g + color[1], b + color[2], a + 1];
        }
      }
      const i = (y * SIZE + x) * 4;
      if (a > 0) pixels.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((a * 255) / (N * N))], i);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4); // filter 0 per row
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

writeFileSync(new URL('../build/icon.svg', import.meta.url), svg());
writeFileSync(new URL('../build/icon.png', import.meta.url), png(rgba()));
console.log('klok: wrote build/icon.svg and build/icon.png (512 × 512)');
