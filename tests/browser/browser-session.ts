import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { repoRoot } from '../../tools/services/dev-services.mjs';

/** Debian's Chromium: playwright's own browser downloads cannot be fetched here. */
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = path.join(repoRoot, 'test-results/web');

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

export interface BrowserSession {
  page: Page;
  /** Console errors and uncaught exceptions seen so far; a clean run has none. */
  consoleErrors: string[];
  /** Screenshots of the page as it is, at desktop and phone widths. */
  capture(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function openBrowser(): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium)`,
    );
  }
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    page,
    consoleErrors,
    async capture(name) {
      for (const [label, viewport] of Object.entries(VIEWPORTS)) {
        await page.setViewportSize(viewport);
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${label}.png`), fullPage: true });
      }
      await page.setViewportSize(VIEWPORTS.desktop);
    },
    close: () => browser.close(),
  };
}

/** First contentful paint of the current page, in ms since navigation start (Paint Timing API). */
/** Resolves with the page's first-contentful-paint entry (runs in the page, hence a string). */
const FIRST_CONTENTFUL_PAINT = `new Promise((resolve) => {
  new PerformanceObserver((entries) => {
    const paint = entries.getEntriesByName('first-contentful-paint')[0];
    if (paint) resolve(paint.startTime);
  }).observe({ type: 'paint', buffered: true });
})`;

/** First contentful paint of the current page, in ms since navigation start (Paint Timing API). */
export function firstContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(FIRST_CONTENTFUL_PAINT) as Promise<number>;
}
