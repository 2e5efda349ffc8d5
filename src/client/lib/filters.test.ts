import { describe, expect, it } from 'vitest';
import { parseSearch } from '#shared/query-string.ts';
import { DEFAULT_QUEUE_VIEW, normalizeFilters, validateFilters } from '#shared/queue-page.ts';
import { stringifySearch, toggleValue, clearedFilters } from './filters.ts';

describe('filters in the URL', () => {
  it('reads repeated keys as arrays and writes them back in the API format', () => {
    const raw = parseSearch('?country=KZ&country=UZ&topic=energy&urgency=1&collapse=true');
    expect(raw).toEqual({ country: ['KZ', 'UZ'], topic: 'energy', urgency: '1', collapse: 'true' });
    const filters = validateFilters(raw);
    expect(filters).toEqual({ country: ['KZ', 'UZ'], topic: ['energy'], urgency: [1], collapse: true });
    expect(stringifySearch(filters)).toBe('?country=KZ&country=UZ&topic=energy&urgency=1&collapse=true');
    expect(validateFilters(parseSearch('?lastAction=return&assignee=me&lastAction=nope'))).toEqual({
      assignee: 'me',
      collapse: true,
    });
    expect(validateFilters(parseSearch('?lastAction=return&assignee=me'))).toEqual({
      assignee: 'me',
      lastAction: ['return'],
      collapse: true,
    });
  });

  it('groups near-duplicates unless the link turns it off, and keeps that choice when filters are cleared', () => {
    expect(validateFilters(parseSearch(''))).toEqual({ collapse: true });
    // The server preloads the first page of this view for a bare `/` (app.ts).
    expect(validateFilters(parseSearch(''))).toEqual(DEFAULT_QUEUE_VIEW);
    const ungrouped = validateFilters(parseSearch('?collapse=false&country=KZ'));
    expect(ungrouped).toEqual({ country: ['KZ'], collapse: false });
    expect(stringifySearch(ungrouped)).toBe('?country=KZ&collapse=false');
    expect(clearedFilters(ungrouped)).toEqual({ collapse: false });
    expect(clearedFilters({ country: ['KZ'] })).toEqual({ collapse: true });
  });

  it('drops only what is invalid or unknown, keeping the rest of a stale link', () => {
    expect(validateFilters(parseSearch('?country=KZ&topic=not-a-topic&colour=red&q=غاز'))).toEqual({
      country: ['KZ'],
      q: 'غاز',
      collapse: true,
    });
  });

  it('normalises so equal views share one cache key', () => {
    expect(normalizeFilters({ country: ['UZ', 'KZ', 'KZ'], topic: [], q: '' })).toEqual({
      country: ['KZ', 'UZ'],
    });
    expect(toggleValue({ country: ['KZ'] }, 'country', 'KZ')).toEqual({});
    expect(toggleValue({}, 'urgency', 1)).toEqual({ urgency: [1] });
  });
});
