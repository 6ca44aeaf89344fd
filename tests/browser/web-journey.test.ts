// The student's whole journey in real Chromium against the whole system on embedded
// defaults: the API serving the production build of packages/web, the worker collecting the
// demo market, the dev database and Redis. Screenshots of every page land in test-results/web.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, useTestApi } from '../../packages/api/src/test-support/test-api.js';
import { startWorkerBesideApi, type WorkerBesideApi } from '../support/worker-beside-api.js';
import { type BrowserSession, firstContentfulPaint, openBrowser, SCREENSHOTS } from './browser-session.js';
import { bundleGzipBytes, WEB_DIST } from './web-bundle.js';

const FCP_BUDGET_MS = 1_500;
const BUNDLE_BUDGET_BYTES = 300 * 1024;
const ROLE = 'Data Engineer';
const RESUME = `Ada Lovelace — data analyst
Two years of Python and SQL: ETL scripts, PostgreSQL reporting, dashboards in Tableau.
Versioned everything with Git and shipped services in Docker containers on Linux.`;

const api = useTestApi({ webAppDirectory: WEB_DIST });
let collecting: WorkerBesideApi | undefined;
let browser: BrowserSession | undefined;

beforeAll(async () => {
  collecting = await startWorkerBesideApi(api, 'browser-test-worker');
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await collecting?.stop();
});

const coverageOf = async (testId: string) =>
  Number.parseFloat((await browser!.page.getByTestId(testId).textContent())?.replace('%', '') ?? '');

describe('the web client in Chromium', () => {
  it('the production bundle stays under 300 kB of gzipped JavaScript', () => {
    const { files, bytes } = bundleGzipBytes();
    console.log(`web bundle: ${files} JavaScript files, ${(bytes / 1024).toFixed(1)} kB gzip`);
    expect(bytes).toBeLessThan(BUNDLE_BUDGET_BYTES);
  });

  it('takes a student from sign-up to a roadmap, the market, sign-out and a password reset request without a console error', async () => {
    const { page, consoleErrors, capture } = browser!;
    expect(collecting!.worker.source).toBe('demo');

    // As Lighthouse starts from about:blank: the browser's own start-up is not the site's paint.
    await page.goto(`${api.origin}/health`);
    await page.goto(`${api.origin}/`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    const fcp = await firstContentfulPaint(page);
    console.log(`first contentful paint: ${fcp.toFixed(0)} ms`);
    expect(fcp).toBeLessThan(FCP_BUDGET_MS);
    await capture('sign-in');

    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Full name').fill('Ada Lovelace');
    await page.getByLabel('Email').fill('ada@example.com');
    await page.getByLabel('Password', { exact: true }).fill(STRONG_PASSWORD);
    await page.getByLabel('Confirm password').fill(STRONG_PASSWORD);
    await capture('sign-up');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Ada Lovelace' }).waitFor();

    // Paste a resume: the skills found are highlighted in the text, then added.
    await page.getByLabel('Resume or any text about your skills').fill(RESUME);
    await page.getByRole('button', { name: 'Find skills' }).click();
    await page.locator('mark').first().waitFor();
    expect(await page.locator('mark').count()).toBeGreaterThanOrEqual(5);
    await capture('profile-resume');
    await page.getByRole('button', { name: /^Add \d+ selected skills?$/ }).click();
    const skills = page.getByRole('list', { name: 'Your skills' });
    await expect.poll(() => skills.getByRole('listitem').count()).toBeGreaterThanOrEqual(5);

    // A target role through the autocomplete; its postings are collected in the background.
    const rolePicker = page.getByRole('combobox', { name: 'Add a target role' });
    await rolePicker.fill(ROLE);
    await page
      .getByRole('option', { name: new RegExp(`^${ROLE}`) })
      .first()
      .waitFor();
    await rolePicker.press('ArrowDown');
    await rolePicker.press('Enter');
    await page.getByRole('list', { name: 'Target roles' }).getByText(ROLE).waitFor();
    await capture('profile');

    // The gap chart, once the worker has collected the role.
    await page.getByRole('link', { name: 'See your skill gap' }).click();
    const gapChart = page.getByRole('img', { name: /^Skills asked for in .* postings/ });
    await gapChart.waitFor({ timeout: 60_000 });
    // The chart shows the first postings collected; once the collection is complete the figures hold still.
    await expect.poll(() => api.queue.getCompletedCount(), { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
    await page.reload();
    await gapChart.waitFor();
    const gapCoverage = await coverageOf('coverage');
    await capture('gap');
    const missingLine = page.locator('p', { hasText: /^(Essential|Important):/ }).first();
    const missing = ((await missingLine.textContent()) ?? '')
      .replace(/^(Essential|Important):\s*/, '')
      .split(', ')[0]!;

    // The roadmap: marking a missing skill done raises the coverage.
    await page.getByRole('link', { name: 'Open the learning roadmap' }).click();
    await page.getByTestId('roadmap-coverage').waitFor();
    expect(await coverageOf('roadmap-coverage')).toBe(gapCoverage);
    await page.getByRole('figure', { name: /^Prerequisites first/ }).waitFor();
    await capture('roadmap');
    await page.getByLabel(`Progress for ${missing}`).selectOption('DONE');
    await expect.poll(() => coverageOf('roadmap-coverage'), { timeout: 15_000 }).toBeGreaterThan(gapCoverage);
    await capture('roadmap-progress');

    // The market, filtered to the role.
    await page.getByRole('link', { name: 'Market' }).click();
    await page.getByRole('img', { name: 'Top skills (share of postings, growth)' }).waitFor();
    await page.getByRole('textbox', { name: 'Role' }).fill(ROLE);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => page.getByTestId('market-summary').textContent()).toContain(`for ${ROLE}`);
    expect(new URL(page.url()).searchParams.get('role')).toBe(ROLE);
    await page.getByText('Data source: demo').first().waitFor();
    await capture('market');

    // A role profile, reached from the filtered market.
    await page.getByTestId('market-summary').getByRole('link', { name: ROLE }).click();
    await page.getByRole('heading', { level: 1, name: ROLE }).waitFor();
    await capture('role-profile');

    // Projects recommended for the target role.
    await page.goto(`${api.origin}/projects`);
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Recommended/ }).waitFor();
    await capture('projects');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.goto(`${api.origin}/profile`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate('window.localStorage.length')).toBe(0);

    // Forgot the password: the reset request answers the same for every address.
    await page.getByRole('link', { name: 'Reset it by email' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await page.getByLabel('Email').fill('ada@example.com');
    await page.getByRole('button', { name: 'Send me a reset link' }).click();
    await page.getByRole('status').filter({ hasText: 'a reset link is on its way' }).waitFor();
    await capture('password-reset');

    console.log(`screenshots in ${SCREENSHOTS}`);
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
