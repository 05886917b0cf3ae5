// Draws the OpsLens icon (a teal lens on a dark rounded square) as PNGs into public/icon/.
// Run once by hand (`node scripts/make-icons.mjs`); the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};

function icon(size) {
  const px = Buffer.alloc(size * (size * 4 + 1));
  const r = size * 0.2;
  for (let y = 0; y < size; y++) {
    px[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const i = y * (size * 4 + 1) + 1 + x * 4;
      const cx = x + 0.5;
      const cy = y + 0.5;
      // rounded square mask
      const dx = Math.max(r - cx, 0, cx - (size - r));
      const dy = Math.max(r - cy, 0, cy - (size - r));
      const inside = dx * dx + dy * dy <= r * r;
      if (!inside) continue;
      let [R, G, B] = [15, 61, 62];
      const lx = cx - size * 0.44;
      const ly = cy - size * 0.44;
      const d = Math.hypot(lx, ly);
      const ring = size * 0.26;
      const w = Math.max(1, size * 0.08);
      if (Math.abs(d - ring) < w / 2) [R, G, B] = [94, 234, 212];
      else if (d < ring - w / 2) [R, G, B] = [20, 92, 94];
      // handle
      const hx = cx - size * 0.66;
      const hy = cy - size * 0.66;
      if (hx > -w && hy > -w && Math.abs(hx - hy) < w && hx < size * 0.18) [R, G, B] = [94, 234, 212];
      px[i] = R;
      px[i + 1] = G;
      px[i + 2] = B;
      px[i + 3] = 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(px)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, icon(size));
