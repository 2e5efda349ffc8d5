/**
 * People administration and the chief's queue filters (issue 13), in Arabic and in English: an admin adds a
 * person (refused first for a malformed and for a taken username), who signs in with the one-time password and
 * must choose their own (a weak one is refused); the admin disables them and their open page is signed out at
 * once. A desk chief reads the list without actions, and filters the queue by an editor and by "unassigned".
 */
import type { Page } from '@playwright/test';
import arShell from '../src/shared/i18n/locales/ar.json' with { type: 'json' };
import arPages from '../src/shared/i18n/locales/ar.pages.json' with { type: 'json' };
import enShell from '../src/shared/i18n/locales/en.json' with { type: 'json' };
import enPages from '../src/shared/i18n/locales/en.pages.json' with { type: 'json' };
import {
  consoleProblems,
  expect,
  expectAccessible,
  setLocales,
  signIn,
  test,
  trackConsole,
  type Locale,
} from './support/fixtures.ts';
import { shot } from './support/screens.ts';
import { ApiUser } from '../src/test-support/api-user.ts';

const STRINGS = { ar: { ...arShell, ...arPages }, en: { ...enShell, ...enPages } } as const;

async function total(page: Page): Promise<number> {
  const count = page.getByTestId('result-count');
  await expect(count).toHaveAttribute('data-total', /^\d+$/);
  return Number(await count.getAttribute('data-total'));
}

for (const locale of ['ar', 'en'] as const satisfies Locale[]) {
  const strings = STRINGS[locale];

  test(`[${locale}] an admin adds a person, who must choose their own password; disabling them signs them out at once`, async ({
    browser,
    server,
  }) => {
    // Two sign-ins, a password change and a re-enabled sign-in each hash at the production cost.
    test.setTimeout(180_000);
    await setLocales(server.url, ['admin'], locale);
    const admin = await signIn(browser, server.url, 'admin');
    await admin.getByTestId('nav-people').click();
    await expect(admin).toHaveURL(/\/admin\/users$/);
    const table = admin.getByTestId('user-table');
    await expect(table.locator('tr[data-username=samir]')).toBeVisible();
    await expectAccessible(admin, `people page (${locale})`);
    await shot(admin, locale, 'people');

    // Bad input first: a malformed username (said before sending), then a taken one (said by the server).
    await admin.getByTestId('user-add').click();
    const form = admin.getByTestId('user-form');
    await form.getByTestId('user-username').fill('ليلى');
    await form.getByTestId('user-save').click();
    await expect(form.getByTestId('user-username-error')).toHaveText(strings.errors.user.username_invalid);
    await form.getByTestId('user-username').fill('samir');
    await form.getByTestId('user-save').click();
    await expect(form.getByTestId('user-username-error')).toHaveText(strings.errors.user.exists);
    await expectAccessible(admin, `add-person form with errors (${locale})`);
    await shot(admin, locale, 'people-form-errors');

    const username = `layla-${locale}-${Date.now().toString(36)}`;
    await form.getByTestId('user-username').fill(username);
    await form.getByTestId('user-display-name').fill(locale === 'ar' ? 'ليلى حداد' : 'Layla Haddad');
    await form.getByTestId('user-save').click();
    const secret = admin.getByTestId('secret-dialog');
    await expect(secret).toBeVisible();
    const oneTimePassword = await secret.getByTestId('secret-value').inputValue();
    expect(oneTimePassword).toMatch(/^(\w{4}-){3}\w{4}$/);
    await shot(admin, locale, 'people-one-time-password');
    await secret.getByTestId('secret-done').click();
    // The password was shown after the form, from inside it: focus goes back to what opened the form.
    await expect(admin.getByTestId('user-add')).toBeFocused();
    const row = table.locator(`tr[data-username="${username}"]`);
    await expect(row.locator('[data-state=mustChange]')).toBeVisible();

    // The new person signs in with the one-time password and can do nothing before choosing their own.
    const context = await browser.newContext({ baseURL: server.url });
    await context.addInitScript((language) => localStorage.setItem('mirsad.locale', language), locale);
    const newcomer = await context.newPage();
    trackConsole(newcomer);
    await newcomer.goto('/');
    await newcomer.locator('#username').fill(username);
    await newcomer.locator('#password').fill(oneTimePassword);
    await newcomer.locator('form button[type=submit]').click();
    await expect(newcomer).toHaveURL(/\/change-password/);
    await newcomer.getByTestId('password-current').fill(oneTimePassword);
    await newcomer.getByTestId('password-new').fill('short');
    await newcomer.getByTestId('password-repeat').fill('short');
    await newcomer.getByTestId('password-save').click();
    await expect(newcomer.getByTestId('password-error')).toHaveText(strings.passwordRules.too_short);
    await expectAccessible(newcomer, `change-password page (${locale})`);
    await shot(newcomer, locale, 'change-password');
    // Straight to the queue is refused by the server too (not only by the page).
    const blocked = await newcomer.request.get('/api/items');
    expect(blocked.status()).toBe(403);
    expect((await blocked.json()).error.code).toBe('password.change_required');

    const chosen = 'ثلاث كلمات للمرور';
    await newcomer.getByTestId('password-new').fill(chosen);
    await newcomer.getByTestId('password-repeat').fill(chosen);
    await newcomer.getByTestId('password-save').click();
    await expect(newcomer.locator('[data-testid=connection-status][data-status=live]')).toBeVisible();
    await expect(newcomer.getByTestId('queue-row').first()).toBeVisible();
    await expect(row.locator('[data-state=active]')).toBeVisible();

    // Disabled: their open page is signed out at once (the live stream ends; no reload, no click of theirs).
    await row.locator('[data-action=disable]').click();
    await admin.getByTestId('confirm-dialog').getByTestId('confirm-action').click();
    await expect(row.locator('[data-state=disabled]')).toBeVisible();
    await expect(newcomer).toHaveURL(/\/login\?.*expired=1/);
    await expect(newcomer.locator('#username')).toBeVisible();

    // Re-enabled, they sign in with the password they chose.
    await row.locator('[data-action=enable]').click();
    await admin.getByTestId('confirm-dialog').getByTestId('confirm-action').click();
    await expect(row.locator('[data-state=active]')).toBeVisible();
    await newcomer.locator('#username').fill(username);
    await newcomer.locator('#password').fill(chosen);
    await newcomer.locator('form button[type=submit]').click();
    await expect(newcomer.locator('[data-testid=connection-status][data-status=live]')).toBeVisible();

    // Made a desk chief: their open page follows at once (it hears the change to its own account), no reload.
    await expect(newcomer.getByTestId('nav-people')).toHaveCount(0);
    await row.locator('[data-action=edit]').click();
    await admin.getByTestId('user-form').locator('input[data-role=chief]').check();
    await admin.getByTestId('user-form').getByTestId('user-save').click();
    await expect(admin.getByTestId('user-form')).toHaveCount(0);
    await expect(newcomer.getByTestId('nav-people')).toBeVisible();

    // Nobody removes their own admin role.
    await table.locator('tr[data-username=admin] [data-action=edit]').click();
    await admin.getByTestId('user-form').locator('input[data-role=chief]').check();
    await admin.getByTestId('user-form').locator('input[data-role=admin]').uncheck();
    await admin.getByTestId('user-form').getByTestId('user-save').click();
    await expect(admin.getByTestId('user-form-error')).toHaveText(strings.errors.user.own_admin);
    await admin.keyboard.press('Escape');

    expect(consoleProblems(admin)).toEqual([]);
    expect(consoleProblems(newcomer)).toEqual([]);
    await context.close();
    await admin.context().close();
  });

  test(`[${locale}] a new display name shows at once on an editor's open queue`, async ({
    browser,
    server,
  }) => {
    const admin = await ApiUser.login(server.url, 'admin');
    const chief = await ApiUser.login(server.url, 'chief');
    const before = locale === 'ar' ? 'رنا قبل' : 'Rana Before';
    const after = locale === 'ar' ? 'رنا بعد' : 'Rana After';
    const created = await admin.context.post('/api/users', {
      data: {
        username: `rename-${locale}-${Date.now().toString(36)}`,
        displayName: before,
        roles: ['editor'],
      },
      headers: { 'x-csrf-token': admin.csrfToken },
    });
    expect(created.status()).toBe(201);
    const { id: userId } = (await created.json()) as { id: number };
    const item = await admin.ingest({ headline: `Rename ${locale} ${Date.now()}` });
    await chief.action(item.id, 'accept');
    await chief.action(item.id, 'assign', { assignee: userId });

    await setLocales(server.url, ['editor'], locale);
    const editor = await signIn(browser, server.url, 'editor', `/?assignee=${userId}`);
    const row = editor.locator(`[data-testid=queue-row][data-item-id="${item.id}"]`);
    await expect(row).toContainText(before);
    const renamed = await admin.context.patch(`/api/users/${userId}`, {
      data: { displayName: after },
      headers: { 'x-csrf-token': admin.csrfToken },
    });
    expect(renamed.status()).toBe(200);
    // No reload: the editor's stream hears the new name and the queue asks for its rows again.
    await expect(row).toContainText(after);
    expect(consoleProblems(editor)).toEqual([]);
    await admin.dispose();
    await chief.dispose();
    await editor.context().close();
  });

  test(`[${locale}] a desk chief reads the people list, and filters the queue by an editor and by "unassigned"`, async ({
    browser,
    server,
  }) => {
    await setLocales(server.url, ['chief'], locale);
    const chief = await signIn(browser, server.url, 'chief');
    await chief.getByTestId('nav-people').click();
    await expect(chief.getByTestId('people-read-only')).toBeVisible();
    await expect(chief.getByTestId('user-table').locator('tr[data-username=samir]')).toBeVisible();
    await expect(chief.getByTestId('user-add')).toHaveCount(0);
    await expect(chief.locator('[data-action]')).toHaveCount(0);
    // On a phone the read-only table scrolls sideways: its region takes focus, so the keyboard reaches its
    // last columns too (axe: scrollable-region-focusable).
    await chief.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(chief, `people page, read-only, on a phone (${locale})`);
    await chief.setViewportSize({ width: 1440, height: 900 });
    // An admin adds someone meanwhile: the chief's open list shows them at once (it hears account events).
    const admin = await ApiUser.login(server.url, 'admin');
    const username = `live-${locale}-${Date.now().toString(36)}`;
    const added = await admin.context.post('/api/users', {
      data: { username, displayName: locale === 'ar' ? 'نور الهدى' : 'Nour Alhuda', roles: ['editor'] },
      headers: { 'x-csrf-token': admin.csrfToken },
    });
    expect(added.status()).toBe(201);
    await expect(chief.getByTestId('user-table').locator(`tr[data-username="${username}"]`)).toBeVisible();
    await admin.context.dispose();

    await chief.goto('/');
    const all = await total(chief);
    const filter = chief.getByTestId('assignee-filter');
    const samir = filter.getByLabel('سمير الخطيب');
    const samirCount = Number(
      await filter
        .locator('label', { hasText: 'سمير الخطيب' })
        .getByTestId('facet-count')
        .getAttribute('data-count'),
    );
    expect(samirCount).toBeGreaterThan(0);
    await samir.check();
    await expect(chief).toHaveURL(/[?&]assignee=\d+(&|$)/);
    await expect(chief.getByTestId('result-count')).toHaveAttribute('data-total', String(samirCount));
    await shot(chief, locale, 'queue-by-editor');

    // "Unassigned" replaces the editor (one assignee at a time), with its own count.
    const unassigned = filter.getByLabel(strings.filters.unassigned);
    const unassignedCount = Number(
      await filter
        .locator('label', { hasText: strings.filters.unassigned })
        .getByTestId('facet-count')
        .getAttribute('data-count'),
    );
    await unassigned.check();
    await expect(chief).toHaveURL(/[?&]assignee=none(&|$)/);
    await expect(samir).not.toBeChecked();
    await expect(chief.getByTestId('result-count')).toHaveAttribute('data-total', String(unassignedCount));
    expect(unassignedCount).toBeLessThan(all);
    await expectAccessible(chief, `queue filtered to unassigned (${locale})`);
    await shot(chief, locale, 'queue-unassigned');

    // A copied link reproduces the view.
    const url = chief.url();
    const again = await chief.context().newPage();
    await again.goto(url);
    await expect(again.getByTestId('assignee-filter').getByLabel(strings.filters.unassigned)).toBeChecked();
    await expect(again.getByTestId('result-count')).toHaveAttribute('data-total', String(unassignedCount));
    expect(consoleProblems(chief)).toEqual([]);
    await chief.context().close();
  });
}
