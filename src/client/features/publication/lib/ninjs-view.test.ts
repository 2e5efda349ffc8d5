import { describe, expect, it } from 'vitest';
import type { Item } from '#shared/schemas/items.ts';
import { readNinjs, seesPublicationPreview } from './ninjs-view.ts';

describe('reading the ninjs a publication sends', () => {
  it('takes the main headline, the summary, the body HTML and the correction note', () => {
    const view = readNinjs({
      version: '2',
      pubstatus: 'usable',
      language: 'ar',
      headlines: [{ role: 'main', value: 'العنوان' }],
      descriptions: [{ role: 'summary', value: 'الموجز' }],
      bodies: [{ role: 'main', contenttype: 'text/html', value: '<p>النص</p>' }],
      ednote: 'صُحّح الرقم',
      by: 'هدى العلي',
      keywords: ['طاقة'],
      places: [{ name: 'Kazakhstan', uri: 'urn:iso:std:iso:3166:-1:KZ' }],
    });
    expect(view).toMatchObject({
      publication: 2,
      headline: 'العنوان',
      summary: 'الموجز',
      bodyHtml: '<p>النص</p>',
      note: 'صُحّح الرقم',
      byline: 'هدى العلي',
      keywords: ['طاقة'],
      places: [{ name: 'Kazakhstan', code: 'KZ' }],
    });
  });

  it('shows what it can of an object missing fields or carrying odd ones', () => {
    const view = readNinjs({ headlines: 'not a list', bodies: [], version: 'x' });
    expect(view.headline).toBe('');
    expect(view.bodyHtml).toBe('');
    expect(view.publication).toBeNull();
    expect(view.keywords).toEqual([]);
  });
});

describe('who sees the publication preview', () => {
  it('reviewers, chiefs and admins, for stories in review or approved', () => {
    const reviewer = { roles: ['reviewer' as const] };
    expect(seesPublicationPreview(reviewer, { status: 'in_review' as Item['status'] })).toBe(true);
    expect(seesPublicationPreview(reviewer, { status: 'approved' as Item['status'] })).toBe(true);
    expect(seesPublicationPreview({ roles: ['chief'] }, { status: 'approved' as Item['status'] })).toBe(true);
    expect(seesPublicationPreview(reviewer, { status: 'published' as Item['status'] })).toBe(false);
    expect(seesPublicationPreview({ roles: ['editor'] }, { status: 'in_review' as Item['status'] })).toBe(
      false,
    );
  });
});
