// `npx tsx server/mockups/composite-bench.ts`: how long saving spends on the composite, for five
// prints (paper, canvas, metal) of a 2400 px photo on a 2560 px wall, from JPEG bytes in to JPEG
// bytes out; photo-like noise, so decoding and encoding cost what they cost on real pictures.
import os from "node:os";
import sharp from "sharp";
import type { Quad } from "../../app/shared/wall/index";
import { renderCompositeJpeg } from "./composite-image";

const RUNS = 8;

function noiseJpeg(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (Math.imul(i, 2654435761) >>> 24) & 255;
  return sharp(pixels, { raw: { width, height, channels: 3 } }).blur(1.5).jpeg({ quality: 85 }).toBuffer();
}

const wall = await noiseJpeg(2560, 1920);
// Five different photos, as a gallery wall has: no decoded image is shared between prints.
const photos = await Promise.all([0, 1, 2, 3, 4].map((i) => noiseJpeg(2400 - i * 8, 1600)));
const corners: Quad = [{ x: 300, y: 200 }, { x: 2200, y: 330 }, { x: 2230, y: 1500 }, { x: 280, y: 1650 }];
const materials = ["paper", "canvas", "metal"] as const;
const prints = [0, 1, 2, 3, 4].map((i) => ({ rect: { x: 6 + i * 22.5, y: 14 + (i % 2) * 6, width: 20, height: 30 }, material: materials[i % 3]!, image: photos[i]! }));

// Wall time and CPU time (this process, libvips' threads included): on a shared machine the first
// grows with the load, the second is what the work costs.
const times: number[] = [];
const cpu: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const started = performance.now();
  const usage = process.cpuUsage();
  await renderCompositeJpeg({ wall, corners, widthIn: 120, heightIn: 80, prints });
  const spent = process.cpuUsage(usage);
  times.push(performance.now() - started);
  cpu.push((spent.user + spent.system) / 1000);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!.toFixed(0);
const fastest = (values: number[]) => Math.min(...values).toFixed(0);
process.stdout.write(`composite, 5 prints on a 2560 px wall, ${RUNS} runs: wall time median ${median(times)} ms (fastest ${fastest(times)}), CPU median ${median(cpu)} ms (least ${fastest(cpu)}); load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores\n`);
