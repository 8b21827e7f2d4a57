/**
 * The compare page's "Add a case study" box in Chromium, on the real site, which has more case
 * studies than the page shows by default: find one of the others by typing, choose it with the
 * keyboard alone, and get its row and a URL that brings it back.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../../scripts/shared/axe.ts';
import { axeLightAndDark, describeBrowser, useBrowser } from '../helpers/browser.ts';
import { fileFor, readPage } from '../helpers/dist.ts';
import type { CompareIndex } from '../../src/lib/compare/candidates.ts';

const visibleRows = (page: Page) =>
  page
    .locator('tbody tr[data-campaign]')
    .evaluateAll((rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.getAttribute('data-campaign')));
const search = (page: Page) => decodeURIComponent(new URL(page.url()).search);

/** The case studies /compare/ shows by default, and the newest of those it does not. */
function outsider() {
  const defaults = readPage('/compare/')
    .querySelectorAll('tbody tr[data-campaign]')
    .map((row) => row.getAttribute('data-campaign')!);
  const index = JSON.parse(readFileSync(fileFor('/data/compare-index.json'), 'utf8')) as CompareIndex;
  const [id, title] = index.campaigns.find(([slug]) => !defaults.includes(slug))!;
  return { defaults, id, title };
}

/** The charts a case study brings when added, by key (data/compare/<slug>.json). */
const chartsOf = (id: string) =>
  Object.keys((JSON.parse(readFileSync(fileFor(`/data/compare/${id}.json`), 'utf8')) as { charts: Record<string, string> }).charts);

/** The campaigns whose bars a chart shows. */
const visibleBars = (page: Page, key: string) =>
  page
    .locator(`figure[data-chart="${key}"] li[data-bar]`)
    .evaluateAll((bars) => bars.filter((b) => (b as HTMLElement).offsetParent !== null).map((b) => b.getAttribute('data-campaign')));

describeBrowser('/compare/ "Add a case study" in Chromium', () => {
  const ctx = useBrowser();

  it('finds a case study outside the default selection by typing, and adds it with the keyboard alone', async () => {
    const { defaults, id, title } = outsider();
    const { page, errors } = await ctx.open('/compare/');
    const box = page.getByRole('combobox', { name: 'Add a case study' });
    expect(await box.getAttribute('aria-expanded')).toBe('false');

    // Reach the box from the last checkbox with Tab, as a keyboard user would.
    await page.locator(`input[name="c"][value="${defaults.at(-1)!}"]`).focus();
    await page.keyboard.press('Tab');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(title);
    const options = page.getByRole('listbox', { name: 'Case studies found' }).getByRole('option');
    await expect.poll(() => options.first().textContent()).toMatch(title);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-find-status]').textContent()).toMatch(/case stud(y|ies) found/);
    // Each option is a clone of the component's template, with its classes.
    const drawn = await page
      .locator('[data-add-box] template[data-option]')
      .evaluate((t) => (t as HTMLTemplateElement).content.firstElementChild!.className);
    expect(await options.first().getAttribute('class')).toBe(drawn);

    await page.keyboard.press('ArrowDown');
    const first = options.first();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    await page.keyboard.press('Enter');

    await expect.poll(() => visibleRows(page)).toEqual([...defaults, id]);
    expect(search(page)).toBe(`?c=${[...defaults, id].join(',')}`);
    expect(await page.getByRole('checkbox', { name: title }).isChecked()).toBe(true);
    expect(await page.locator('[data-find-status]').textContent()).toBe(`Added ${title} to the table.`);
    expect(await page.locator('[data-compare-status]').textContent()).toMatch(
      new RegExp(`^Showing ${defaults.length + 1} of \\d+ campaigns\\.$`),
    );
    // The box is empty and still focused, ready for another; the list is closed.
    expect(await box.inputValue()).toBe('');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await box.getAttribute('aria-expanded')).toBe('false');

    // The added row is the server's markup: a link to the case study and a cell per column.
    const row = page.locator(`tbody tr[data-campaign="${id}"]`);
    expect(await row.locator(`th a[href="/campaigns/${id}/"]`).textContent()).toBe(title);
    expect(await row.locator('td').count()).toBe(await page.locator('tbody tr').first().locator('td').count());

    // Choosing it again says it is there rather than adding a second row.
    await box.fill(title);
    await expect.poll(() => options.first().textContent()).toMatch('in the table');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-find-status]').textContent()).toBe(`${title} is already in the table.`);
    expect(await page.locator(`tbody tr[data-campaign="${id}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('closes the list with Escape, then clears the box, and moves through options with both arrows', async () => {
    const { page } = await ctx.open('/compare/');
    const box = page.getByRole('combobox', { name: 'Add a case study' });
    await box.focus();
    await page.keyboard.type('tiktok');
    const options = page.getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    const count = await options.count();
    await page.keyboard.press('ArrowUp');
    expect(await options.nth(count - 1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('listbox').isVisible()).toBe(false);
    expect(await box.inputValue()).toBe('tiktok');
    await page.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');
    // Enter with the list closed submits nothing and leaves the page as it was.
    await page.keyboard.press('Enter');
    expect(search(page)).toBe('');
    await box.fill('zzzz-no-such-thing');
    await expect.poll(() => page.locator('[data-find-status]').textContent()).toBe('No case study matches.');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await page.context().close();
  });

  it('restores an added case study from a shared URL, on its own, and removes it when unticked', async () => {
    const { defaults, id, title } = outsider();
    const { page, errors } = await ctx.open(`/compare/?c=${id}`);
    await expect.poll(() => visibleRows(page)).toEqual([id]);
    expect(search(page)).toBe(`?c=${id}`);
    // Reload keeps it.
    await page.reload();
    await expect.poll(() => visibleRows(page)).toEqual([id]);

    await page.getByRole('checkbox', { name: title }).uncheck();
    await expect.poll(() => search(page)).toBe('');
    expect(await visibleRows(page)).toEqual(defaults);
    await page.goBack();
    await expect.poll(() => visibleRows(page)).toEqual([id]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('puts an added row in its place when the table is sorted', async () => {
    const { id, title } = outsider();
    const { page } = await ctx.open('/compare/');
    await page.locator('thead th').first().getByRole('button').click();
    const box = page.getByRole('combobox', { name: 'Add a case study' });
    await box.fill(title);
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(async () => (await visibleRows(page)).includes(id)).toBe(true);
    const titles = await page
      .locator('tbody tr:not([hidden]) th')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-sort-value')!));
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
    await page.context().close();
  });

  // The report of December 2026: comparing three campaigns gave a table of three and charts of two.
  it('draws added case studies in the charts, on a scale redrawn for every bar, and hides them with their boxes', async () => {
    const { defaults } = outsider();
    const index = JSON.parse(readFileSync(fileFor('/data/compare-index.json'), 'utf8')) as CompareIndex;
    const outsiders = index.campaigns.map(([slug]) => slug).filter((slug) => !defaults.includes(slug));
    const pageCharts = readPage('/compare/')
      .querySelectorAll('figure[data-chart]')
      .map((f) => f.getAttribute('data-chart')!);
    // One whose figures join a chart of the page, and one that brings a chart the page lacks.
    const joining = outsiders.find((slug) => chartsOf(slug).some((key) => pageCharts.includes(key)))!;
    const key = chartsOf(joining).find((k) => pageCharts.includes(k))!;
    const bringing = outsiders.find((slug) => chartsOf(slug).some((k) => !pageCharts.includes(k)))!;
    const fresh = chartsOf(bringing).find((k) => !pageCharts.includes(k))!;
    const { page, errors } = await ctx.open(`/compare/?c=${joining},${bringing}`);
    // Fetched at once, the added rows still come in the address's order.
    await expect.poll(() => visibleRows(page)).toEqual([joining, bringing]);
    // No default campaign is chosen: the page's chart shows for the added bar alone.
    await expect
      .poll(() => visibleBars(page, key).then((bars) => bars.sort()))
      .toEqual(chartsOf(bringing).includes(key) ? [joining, bringing].sort() : [joining]);
    expect(await visibleBars(page, fresh)).toEqual([bringing]);
    const chart = page.locator(`figure[data-chart="${key}"]`);
    // Every bar fits the axis drawn for all of them, largest first, and the scale's note matches it.
    const widths = await chart
      .locator('rect[data-part="low"]')
      .evaluateAll((rects) => rects.map((r) => parseFloat(r.getAttribute('width')!)));
    expect(widths.every((w) => w >= 0 && w <= 100)).toBe(true);
    expect(
      parseFloat((await chart.locator(`li[data-campaign="${joining}"] rect[data-part="low"]`).getAttribute('width'))!),
    ).toBeGreaterThan(0);
    const maxima = await chart.locator('li[data-bar]').evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('data-max'))));
    expect(maxima).toEqual([...maxima].sort((a, b) => b - a));
    expect(await chart.locator('[data-scale-note]').textContent()).toMatch(
      (await chart.getAttribute('data-scale')) === 'log' ? /Logarithmic/ : /Linear/,
    );
    // Beside a default campaign, and gone with its box.
    await page.locator(`input[name="c"][value="${defaults[0]!}"]`).check();
    await page.locator(`input[name="c"][value="${bringing}"]`).uncheck();
    await expect.poll(() => visibleBars(page, fresh)).toEqual([]);
    expect(await page.locator(`figure[data-chart="${fresh}"]`).isVisible()).toBe(false);
    expect(await visibleBars(page, key)).toContain(joining);
    await page.locator(`input[name="c"][value="${joining}"]`).uncheck();
    await expect.poll(() => visibleBars(page, key)).not.toContain(joining);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the table’s order in the URL, through a reload, a change of selection and Back', async () => {
    const { defaults } = outsider();
    const { page, errors } = await ctx.open('/compare/');
    const views = page.locator('thead th[data-column="views"]');
    await views.getByRole('button').click();
    await expect.poll(() => search(page)).toBe('?sort=views&dir=descending');
    await views.getByRole('button').click();
    await expect.poll(() => search(page)).toBe('?sort=views&dir=ascending');
    const order = () => page.locator('tbody tr[data-campaign]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-campaign')));
    const sorted = await order();
    await page.reload();
    expect(await views.getAttribute('aria-sort')).toBe('ascending');
    expect(await order()).toEqual(sorted);
    await page.locator(`input[name="c"][value="${defaults[0]!}"]`).check();
    await expect.poll(() => search(page)).toBe(`?sort=views&dir=ascending&c=${defaults[0]!}`);
    await page.goBack();
    await expect.poll(() => search(page)).toBe('?sort=views&dir=ascending');
    expect(await views.getAttribute('aria-sort')).toBe('ascending');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // The report: on a phone the 1,050 px table scrolled sideways. It is a card per campaign there.
  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    it(`fits the table to ${width} px without sideways scrolling, each figure named, in light and dark`, async () => {
      const { page, errors } = await ctx.open('/compare/', { width, height });
      const scroller = page.locator('causeway-sortable-table section');
      const label = page.locator('tbody tr').first().locator('td:not([data-sort-value=""]) .cell-label').first();
      if (width < 768) {
        expect(await scroller.evaluate((s) => s.scrollWidth - s.clientWidth)).toBe(0);
        for (const box of await page
          .locator('tbody tr:not([hidden])')
          .evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().right)))
          expect(box).toBeLessThanOrEqual(width);
        // Each card names its figures; the sort buttons stay above the cards.
        expect(await label.isVisible()).toBe(true);
        expect(await label.textContent()).toBe('Views');
        expect(await page.locator('thead').getByRole('button', { name: /Views/ }).first().isVisible()).toBe(true);
      } else expect(await label.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      // A screen reader still has a table: rows, and cells under their column headers.
      expect(
        await page.getByRole('table', { name: 'Reported figures for each campaign' }).getByRole('columnheader').count(),
      ).toBeGreaterThan(3);
      expect(await axeLightAndDark(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('drops a slug that names no case study from a shared URL', async () => {
    const { defaults } = outsider();
    const { page } = await ctx.open(`/compare/?c=${defaults[0]!},no-such-case-study,../x`);
    await expect.poll(() => search(page)).toBe(`?c=${defaults[0]!}`);
    expect(await visibleRows(page)).toEqual([defaults[0]]);
    await page.context().close();
  });

  it('stays free of axe violations and sideways scrolling at 390 px with the list open and a row added, in both schemes', async () => {
    const { id, title } = outsider();
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await ctx.open(`/compare/?c=${id}`, { width: 390, height: 844, colorScheme });
      await expect.poll(() => visibleRows(page)).toEqual([id]);
      const box = page.getByRole('combobox', { name: 'Add a case study' });
      await box.focus();
      await page.keyboard.type(title.slice(0, 4));
      await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      expect((await axeViolations(page)).map((v) => `${colorScheme} ${v}`)).toEqual([]);
      await page.context().close();
    }
  });
});
