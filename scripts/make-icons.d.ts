/** Types of scripts/make-icons.js. */
export const SIZES: number[];
/** RGBA pixels of the icon, size × size. */
export function draw(size: number): Buffer;
export function encodePng(size: number, rgba: Buffer): Buffer;
