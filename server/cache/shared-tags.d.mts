// Types of shared-tags.mjs (plain JavaScript: Next loads the cache handlers as they are).
export const REFRESH_EVERY_MS: number;
export const TRUSTED_FOR_MS: number;
export function refreshTags(): Promise<void>;
export function tagsAreCurrent(): boolean;
export function publishTags(tags: string[]): Promise<void>;
export function resetSharedTagsForTests(): void;
