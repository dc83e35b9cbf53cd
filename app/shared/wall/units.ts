// Lengths are inches (floats) everywhere inside; centimetres and fractions are only for display.

export const CM_PER_INCH = 2.54;

/** Inches to centimetres, exact by the definition of the inch. */
export function inchesToCm(inches: number): number {
  return inches * CM_PER_INCH;
}

/** Centimetres to inches, exact by the definition of the inch. */
export function cmToInches(cm: number): number {
  return cm / CM_PER_INCH;
}

// Halves round away from zero, so a nail 22.5 in left of the centre reads like its twin on the right.
const roundHalfOut = (v: number) => Math.sign(v) * Math.round(Math.abs(v));

/** Rounds to the nearest 1/8 in, what a tape measure shows. */
export function roundToEighth(inches: number): number {
  return roundHalfOut(inches * 8) / 8;
}

/** Rounds inches to whole millimetres for a metric tape. */
export function roundToMm(inches: number): number {
  return roundHalfOut(inches * 25.4);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** "12 3/8" for 12.375 (nearest 1/8, fraction reduced, sign kept), so a tape measure can be read against it. */
export function formatInches(inches: number): string {
  const eighths = Math.round(Math.abs(inches) * 8);
  const whole = Math.floor(eighths / 8);
  const rest = eighths % 8;
  const sign = inches < 0 && eighths > 0 ? "−" : "";
  if (rest === 0) return `${sign}${whole}`;
  const d = gcd(rest, 8);
  const fraction = `${rest / d}/${8 / d}`;
  return whole === 0 ? `${sign}${fraction}` : `${sign}${whole} ${fraction}`;
}

/** "24 × 36 in / 61 × 91 cm": inches to the 1/8, centimetres whole, as size labels show them. */
export function formatSize(widthIn: number, heightIn: number): string {
  const cm = (inches: number) => String(Math.round(inchesToCm(inches)));
  return `${formatInches(widthIn)} × ${formatInches(heightIn)} in / ${cm(widthIn)} × ${cm(heightIn)} cm`;
}

/** "80 in / 203 cm" for one length. */
export function formatLength(inches: number): string {
  return `${formatInches(inches)} in / ${Math.round(inchesToCm(inches))} cm`;
}
