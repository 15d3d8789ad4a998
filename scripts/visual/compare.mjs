// Pixel comparison of a screenshot with its baseline, and the PNG encodings the run writes.
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * pixelmatch's per-pixel colour threshold (0 to 1; its default is 0.1). Anti-aliased pixels are
 * recognised and left out, so rendering noise on one machine passes, while moving a card's content by
 * even 1 px shifts whole rows of text and fails.
 */
const THRESHOLD = 0.1;
/** How many pixels may differ, beyond anti-aliasing, for a screenshot to pass. */
export const MAX_DIFF_PIXELS = 0;

/** Paints `png` onto a canvas of `width`×`height`; the area it does not cover is opaque magenta, so a size change differs. */
function onCanvas(png, width, height) {
  if (png.width === width && png.height === height) return png;
  const canvas = new PNG({ width, height });
  for (let offset = 0; offset < canvas.data.length; offset += 4) canvas.data.set([255, 0, 255, 255], offset);
  PNG.bitblt(png, canvas, 0, 0, png.width, png.height, 0, 0);
  return canvas;
}

/**
 * Compares a screenshot with its baseline.
 * @param {PNG} baseline
 * @param {PNG} actual
 * @returns {{ differing: number, diff: PNG }} how many pixels differ, and an image with them in red over a faded copy
 */
export function compare(baseline, actual) {
  const width = Math.max(baseline.width, actual.width);
  const height = Math.max(baseline.height, actual.height);
  const diff = new PNG({ width, height });
  const differing = pixelmatch(onCanvas(baseline, width, height).data, onCanvas(actual, width, height).data, diff.data, width, height, {
    threshold: THRESHOLD,
  });
  return { differing, diff };
}

/**
 * A baseline's bytes, as small as pngjs makes them: no alpha (screenshots are opaque), no row filter and
 * zlib's default strategy at level 9. Flat screenshots compress best unfiltered; pngjs's default strategy
 * (RLE) ignores the level, and comes out about 1.7 times larger.
 */
export const encodeBaseline = (png) => PNG.sync.write(png, { colorType: 2, filterType: 0, deflateStrategy: 0, deflateLevel: 9 });

/** A report image's bytes: quick to write, as nobody commits them. */
export const encodeReportImage = (png) => PNG.sync.write(png, { colorType: 2, filterType: 0 });

export const decode = (buffer) => PNG.sync.read(buffer);
