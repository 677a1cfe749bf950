/**
 * For a test whose behaviour does not depend on the screen size (an admin change taking
 * effect, metadata, a refused link): it runs once, in the desktop project, and the phone
 * project leaves it out (playwright.config.ts). Pages' layout and accessibility at 375 px
 * are tested by the tests without it.
 */
export const DESKTOP_ONLY = { tag: "@desktop-only" } as const;

/**
 * For a test of what a patient on a phone meets, whose behaviour the width does not
 * change (answers kept on reload, Back between steps, wording): it runs once, at 375 px,
 * and the desktop project leaves it out.
 */
export const PHONE_ONLY = { tag: "@phone-only" } as const;
