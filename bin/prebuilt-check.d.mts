export const ROOT: string;
export const BUNDLE_DIR: string;
export const FORMATS: Record<'explore-worker' | 'cli', number>;
export type BundleName = keyof typeof FORMATS;
export function bundlePath(name: BundleName): string;
export function manifestPath(name: BundleName): string;
export function digest(path: string): string;
export function isCurrent(name: BundleName): boolean;
export function currentBundle(name: BundleName): string | null;
