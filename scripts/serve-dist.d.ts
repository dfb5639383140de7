/** Types of scripts/serve-dist.js. */
import type { Server } from 'https';
export function serve(options?: {
  dir?: string;
  port?: number;
  selfSigned?: boolean;
}): Promise<{ server: Server; port: number; trusted: boolean }>;
export function cacheControl(file: string): string;
