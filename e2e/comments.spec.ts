/**
 * A comment typed and not yet posted survives opening another item and a reload (the pane is made anew for
 * each item, and the text was thrown away unasked); posting it clears it.
 */
import { expect, setLocales, signIn, test, uniqueHeadline } from './support/fixtures.ts';
import { shot } from './support/screens.ts';

test('an unposted comment is kept while another item is opened and across a reload, and cleared once posted', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'ar');
  const first = await admin.ingest({ headline: uniqueHeadline('ar', 'تعليق أول') });
  const second = await admin.ingest({ headline: uniqueHeadline('ar', 'تعليق ثان') });
  const page = await signIn(browser, server.url, 'editor', `/items/${first.id}`);
  const box = page.locator(`#comment-${first.id}`);
  const text = 'راجع الأرقام مع المراسل في أستانا قبل النشر';
  await box.fill(text);

  // Another row opened in the queue, then this one again: the pane is made anew each time.
  await page.locator(`[data-testid=queue-row][data-item-id="${second.id}"]`).click();
  await expect(page.locator(`#comment-${second.id}`)).toHaveValue('');
  await page.locator(`[data-testid=queue-row][data-item-id="${first.id}"]`).click();
  await expect(box).toHaveValue(text);
  await page.reload();
  await expect(box).toHaveValue(text);

  await page.getByTestId('item-pane').getByRole('button', { name: 'نشر التعليق' }).click();
  await expect(page.getByTestId('comments')).toContainText(text);
  await expect(box).toHaveValue('');
  await page.reload();
  await expect(page.getByTestId('comments')).toContainText(text);
  await expect(box).toHaveValue('');
  await page.context().close();
});

test('a comment past its limit is neither cut nor posted, and a long address wraps inside its card on a phone', async ({
  browser,
  server,
  admin,
}) => {
  await setLocales(server.url, ['editor'], 'ar');
  const item = await admin.ingest({ headline: uniqueHeadline('ar', 'تعليق طويل') });
  const page = await signIn(browser, server.url, 'editor', `/items/${item.id}`);
  await page.setViewportSize({ width: 390, height: 844 });
  const box = page.locator(`#comment-${item.id}`);
  const post = page.getByTestId('item-pane').getByRole('button', { name: 'نشر التعليق' });

  // Pasted past the limit: kept whole, the reason said, nothing posted.
  const long = 'نص طويل '.repeat(600);
  await box.fill(long);
  await expect(box).toHaveValue(long);
  const note = page.getByTestId('item-pane').getByTestId('length-note');
  await expect(note).toHaveAttribute('data-over', 'true');
  await expect(note).toContainText('لن يُقصّ شيء');
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(post).toBeDisabled();
  await note.scrollIntoViewIfNeeded();
  await shot(page, 'ar', 'phone-comment-too-long');

  // A comment with a long address: posted, and it wraps inside its card instead of running off the screen.
  const address = `https://www.example.org/news/central-asia-energy-report-${'abcdefghij'.repeat(8)}?utm_source=wire`;
  await box.fill(`راجع الرابط ${address} للتفاصيل`);
  await expect(note).toBeEmpty();
  await post.click();
  const card = page.getByTestId('comments').locator('li').filter({ hasText: 'راجع الرابط' });
  await expect(card).toBeVisible();
  expect(await card.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  // So does the item's history, which quotes it.
  const entry = page.getByTestId('timeline').locator('li').filter({ hasText: 'راجع الرابط' });
  await expect(entry).toBeVisible();
  expect(await entry.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'ar', 'phone-comment-long-address');
  await page.context().close();
});
