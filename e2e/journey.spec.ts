/**
 * The key journey, as a desk works it, in Arabic and in English, with three people at once:
 * a wire item arrives live → the editor accepts it → the chief sees it in "to assign" and assigns it →
 * the editor is notified and submits → the reviewer returns it with a comment → the editor resubmits →
 * the reviewer approves and publishes → the Atom feed carries it.
 */
import type { Page } from '@playwright/test';
import {
  consoleProblems,
  expect,
  setLocales,
  signIn,
  test,
  uniqueHeadline,
  type Locale,
} from './support/fixtures.ts';
import { shot } from './support/screens.ts';

const T = {
  ar: { returnComment: 'يرجى توثيق التصريح ونسبته إلى مصدره.' },
  en: { returnComment: 'Please attribute the quote to its source.' },
} as const;

function row(page: Page, headline: string) {
  return page.locator('[data-testid=queue-row]', { hasText: headline });
}

async function openFromQueue(page: Page, headline: string): Promise<void> {
  await row(page, headline).locator('a').first().click();
  await expect(page.locator('[data-testid=item-pane] #item-headline')).toHaveText(headline);
}

async function expectStatus(page: Page, status: string): Promise<void> {
  await expect(page.locator('[data-testid=item-pane] [data-status]').first()).toHaveAttribute(
    'data-status',
    status,
  );
}

for (const locale of ['ar', 'en'] as const satisfies readonly Locale[]) {
  test(`key journey in ${locale === 'ar' ? 'Arabic' : 'English'}: wire → accept → assign → submit → return → approve → publish → Atom`, async ({
    browser,
    server,
    admin,
  }) => {
    await setLocales(server.url, ['editor', 'chief', 'reviewer'], locale);
    const dir = locale === 'ar' ? 'rtl' : 'ltr';

    const editor = await signIn(browser, server.url, 'editor');
    const chief = await signIn(browser, server.url, 'chief', '/my-work');
    const reviewer = await signIn(browser, server.url, 'reviewer', '/my-work');
    for (const page of [editor, chief, reviewer]) {
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
    }

    // 1. A wire item arrives: it shows at the top of the editor's queue without a reload.
    const headline = uniqueHeadline(locale, 'journey');
    const wire = await admin.ingest({
      headline,
      summary:
        locale === 'ar' ? 'وقّع البلدان اتفاقية لتوريد الغاز.' : 'The two countries signed a gas supply deal.',
      body:
        locale === 'ar'
          ? '<p>وقّعت كازاخستان وأوزبكستان اليوم اتفاقية جديدة للطاقة.</p>'
          : '<p>Kazakhstan and Uzbekistan signed a new energy deal today.</p>',
      language: locale,
    });
    await expect(row(editor, headline)).toBeVisible();
    await expect(editor.locator('[data-testid=queue-row]').first()).toContainText(headline);
    await shot(editor, locale, 'queue-live-item');

    // 2. The editor opens and accepts it.
    await openFromQueue(editor, headline);
    // The body in its language's direction, each paragraph in its own text's.
    await expect(editor.locator('[data-testid=item-body]')).toHaveAttribute('dir', dir);
    await expect(editor.locator('[data-testid=item-body] p').first()).toHaveAttribute('dir', dir);
    await editor.locator('[data-testid=action-bar] [data-action=accept]').click();
    await expectStatus(editor, 'accepted');
    await shot(editor, locale, 'item-pane');

    // 3. The chief sees it appear in "accepted, to assign" and assigns it to the editor.
    const toAssign = chief.locator('[data-testid=my-work-toAssign]');
    await expect(toAssign.locator('[data-testid=queue-row]', { hasText: headline })).toBeVisible();
    await toAssign.locator('[data-testid=queue-row]', { hasText: headline }).locator('a').click();
    await chief.locator('[data-testid=action-bar] [data-action=assign]').click();
    const picker = chief.locator('dialog[open]');
    await expect(picker.locator('[data-testid=assignee-list] li').first()).toBeVisible();
    await shot(chief, locale, 'assign-dialog');
    await picker.locator('input[data-username=editor]').check();
    await picker.locator('button[type=submit]').click();
    await expectStatus(chief, 'assigned');

    // 4. The editor is told (toast and list) and submits for review.
    const assignedToast = editor.locator('[data-testid=toast][data-kind=assigned]', { hasText: headline });
    await expect(assignedToast).toBeVisible();
    await editor.locator('[data-testid=notifications-button]').click();
    await expect(editor.locator('[data-testid=notification][data-kind=assigned]').first()).toBeVisible();
    await editor.keyboard.press('Escape');
    await expectStatus(editor, 'assigned');
    await editor.locator('[data-testid=action-bar] [data-action=submit]').click();
    await expectStatus(editor, 'in_review');

    // 5. The reviewer finds it waiting for review and returns it with a comment.
    const review = reviewer.locator('[data-testid=my-work-review]');
    await expect(review.locator('[data-testid=queue-row]', { hasText: headline })).toBeVisible();
    await review.locator('[data-testid=queue-row]', { hasText: headline }).locator('a').click();
    await reviewer.locator('[data-testid=action-bar] [data-action=return]').click();
    await reviewer.locator('dialog[open] textarea').fill(T[locale].returnComment);
    await reviewer.locator('dialog[open] button[type=submit]').click();
    await expectStatus(reviewer, 'assigned');

    // 6. The editor is told it came back, sees the comment, finds it under "returned to me", resubmits.
    await expect(editor.locator('[data-testid=toast][data-kind=returned]')).toBeVisible();
    await expect(editor.locator('[data-testid=comments]')).toContainText(T[locale].returnComment);
    await expect(editor.locator('[data-testid=timeline]')).toContainText(T[locale].returnComment);
    await editor.locator('header nav a[href="/my-work"]').click();
    await expect(
      editor.locator('[data-testid=my-work-returned] [data-testid=queue-row]', { hasText: headline }),
    ).toBeVisible();
    await shot(editor, locale, 'my-work');
    await editor
      .locator('[data-testid=my-work-returned] [data-testid=queue-row]', { hasText: headline })
      .locator('a')
      .click();
    await editor.locator('[data-testid=action-bar] [data-action=submit]').click();
    await expectStatus(editor, 'in_review');

    // 7. The reviewer (whose pane follows live) approves and publishes.
    await expectStatus(reviewer, 'in_review');
    await reviewer.locator('[data-testid=action-bar] [data-action=approve]').click();
    await expectStatus(reviewer, 'approved');
    await reviewer.locator('[data-testid=action-bar] [data-action=publish]').click();
    await expectStatus(reviewer, 'published');

    // Every screen shows it published without a reload; the editor is told.
    await expectStatus(editor, 'published');
    await expect(editor.locator('[data-testid=toast][data-kind=published]')).toBeVisible();
    await expectStatus(chief, 'published');

    // 8. The Atom feed carries it.
    const atom = await (await fetch(`${server.url}/feeds/published.atom`)).text();
    expect(atom).toContain(headline);
    expect(atom).toContain(`urn:mirsad:item:${wire.id}`);

    for (const page of [editor, chief, reviewer]) {
      expect(consoleProblems(page)).toEqual([]);
      await page.context().close();
    }
  });
}
