// Debian's Chromium as every browser tool here launches it: as root it needs --no-sandbox, the
// network flags stop its background calls on this offline machine, and pages that run side by
// side keep their timers on time.
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** Launch options for Playwright's `chromium.launch`. */
export const chromiumLaunchOptions = { executablePath: CHROMIUM, args: CHROMIUM_ARGS };
