/**
 * How the browser tests and the bench start Chromium: headless, with none of its own background work
 * (updates, sync, fetches) running beside the page. One list, so the bench times pages in the browser
 * the tests check them in.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
