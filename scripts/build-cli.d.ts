/** Types of scripts/build-cli.js (a plain CommonJS module, so that `node` runs it without a build). */

/** dist-cli/cli.cjs, the bundled command line. */
export const BUNDLE: string;
/** Build the bundle now; resolves to its path. */
export function buildCli(): Promise<string>;
/** The bundle's path, built first if it is missing or older than its sources. */
export function ensureCli(): Promise<string>;
/** Whether the bundle is missing or older than any file it is made from. */
export function isStale(): boolean;
