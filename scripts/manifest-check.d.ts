/** Types of scripts/manifest-check.js (a plain CommonJS module, so that `node` runs it without a build). */

export type Resolver = (urlPath: string) => string | null;

export interface LocalisedValue {
  value: string;
  overrides: Record<string, string>;
}

export interface IconRef {
  url: string;
  file: string;
  /** The size the manifest asks for. */
  size: number;
  width: number;
  height: number;
}

export interface ButtonInfo {
  id: string;
  action: string;
  taskpaneId?: string;
  sourceLocation?: string;
}

export interface ManifestInfo {
  id: string;
  version: string;
  providerName: string;
  defaultLocale: string;
  displayName: LocalisedValue;
  description: LocalisedValue;
  hosts: string[];
  excelApiMinVersion?: string;
  sourceLocation?: string;
  permissions: string;
  tab?: string;
  buttons: ButtonInfo[];
  icons: IconRef[];
  urls: string[];
  /** Default values of the string resources the ribbon refers to, by resid. */
  strings: Record<string, string>;
}

export function checkManifest(
  xml: string,
  options?: { resolve?: Resolver; origin?: string },
): { errors: string[]; info: ManifestInfo };
export function sourceResolver(root?: string): Resolver;
export function distResolver(dir: string): Resolver;
export function pngSize(buf: Buffer): { width: number; height: number } | null;
export const DEV_ORIGIN: string;
export const ROOT: string;
