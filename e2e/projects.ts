/**
 * For a test whose behaviour does not depend on the screen size (an admin change taking
 * effect, metadata, a refused link): it runs once, in the desktop project, and the phone
 * project leaves it out (playwright.config.ts). Pages' layout and accessibility at 375 px
 * are tested by the tests without it.
 */
export const DESKTOP_ONLY = { tag: "@desktop-only" } as const;
