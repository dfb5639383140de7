/** Types of scripts/deploy-url.js (plain CommonJS, required by webpack.config.js). */
export const DEV_URL: string;
export function deployUrl(given: unknown): string;
export function manifestFor(xml: string, url: string): string;
