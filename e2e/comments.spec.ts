/**
 * A comment typed and not yet posted survives opening another item and a reload (the pane is made anew for
 * each item, and the text was thrown away unasked); posting it clears it.
 */
import { expect, setLocales, signIn, test, uniqueHeadline } from './support/fixtures.ts';

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
