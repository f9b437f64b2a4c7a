/** The body of `version`'s CHANGELOG section (without its heading and link definitions), or undefined. */
export function releaseNotes(changelog: string, version: string): string | undefined;
