/**
 * How every written sheet prints: A4 landscape, centred, one page wide and as many pages tall as
 * needed, the header row repeated on every page, the page number in the footer. Each adapter turns
 * these into its own API's terms.
 */

export const PAPER_SIZE = 'A4';

export const ORIENTATION: 'landscape' | 'portrait' = 'landscape';

/** Fit to this many pages wide and tall; 0 tall: as many as needed (Excel's fitToHeight="0"). */
export const FIT_TO_PAGES = { wide: 1, tall: 0 } as const;

export const CENTER_HORIZONTALLY = true;

/** Print margins in inches (Excel's "Normal" margins). */
export const PRINT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/** The centre footer: the page number (`&P`) between dashes. */
export const PAGE_FOOTER = '— &P —';
