import { describe, expect, it } from 'vitest';
import { parseWireDate } from './dates.ts';

/** UTC wall-clock parts → epoch ms (setUTCFullYear so that years below 100 stay what they say). */
function utc(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, ms);
  return date.getTime();
}

// Most rows are feedparser's own date tests (tests/test_date_parsers.py), with its expected UTC tuples.
const TABLE: [string, string, number | null][] = [
  // RFC 822 / 1123 / 2822
  ['4-digit year', 'Thu, 01 Jan 2004 19:48:21 GMT', utc(2004, 1, 1, 19, 48, 21)],
  ['2-digit year', 'Thu, 01 Jan 04 19:48:21 GMT', utc(2004, 1, 1, 19, 48, 21)],
  ['2-digit year, last century', 'Fri, 31 Dec 99 23:59:59 GMT', utc(1999, 12, 31, 23, 59, 59)],
  ['1-digit day, double space', 'Thu,  5 Apr 2012 10:00:00 GMT', utc(2012, 4, 5, 10, 0, 0)],
  ['no seconds', 'Thu, 01 Jan 2004 00:00 GMT', utc(2004, 1, 1)],
  ['no time', 'Thu, 01 Jan 2004', utc(2004, 1, 1)],
  ['no day name', '01 Jan 2004 19:48:21 +0000', utc(2004, 1, 1, 19, 48, 21)],
  ['wrong day name', 'Mon, 01 Jan 2004 19:48:21 GMT', utc(2004, 1, 1, 19, 48, 21)],
  ['full day name', 'Thursday, 01 Jan 2004 19:48:21 GMT', utc(2004, 1, 1, 19, 48, 21)],
  ['numeric zone', 'Wed, 31 Dec 2003 02:14:55 -0800', utc(2003, 12, 31, 10, 14, 55)],
  ['+hh:mm zone', 'Wed, 19 Feb 2012 22:40:00 -01:01', utc(2012, 2, 19, 23, 41, 0)],
  ['GMT+hh:mm zone', 'Wed, 19 Feb 2012 22:40:00 GMT-01:01', utc(2012, 2, 19, 23, 41, 0)],
  ['Etc/GMT zone', 'Wed, 19 Aug 2009 18:28:00 Etc/GMT', utc(2009, 8, 19, 18, 28, 0)],
  ['EST', 'Sun, 11 Jul 2004 12:00:00 EST', utc(2004, 7, 11, 17, 0, 0)],
  ['PDT', 'Sun, 11 Jul 2004 12:00:00 PDT', utc(2004, 7, 11, 19, 0, 0)],
  ['MET', 'Thu, 30 Apr 2015 08:57:00 MET', utc(2015, 4, 30, 7, 57, 0)],
  ['MEST', 'Thu, 30 Apr 2015 08:57:00 MEST', utc(2015, 4, 30, 6, 57, 0)],
  ['extraneous comma', 'Mon, 13 Feb, 2012 06:28:00 UTC', utc(2012, 2, 13, 6, 28, 0)],
  ['long month, AT zone', 'Mon, 26 January 2004 16:31:00 AT', utc(2004, 1, 26, 20, 31, 0)],
  ['long month, ET zone', 'Mon, 26 January 2004 16:31:00 ET', utc(2004, 1, 26, 21, 31, 0)],
  ['long month, PT zone', 'Mon, 26 January 2004 16:31:00 PT', utc(2004, 1, 27, 0, 31, 0)],
  ['swapped month and day', 'Thu Aug 30 2012 17:26:16 +0200', utc(2012, 8, 30, 15, 26, 16)],
  ['ancient date', 'Thu, 01 Jan 0100 00:00:01 +0100', utc(99, 12, 31, 23, 0, 1)],
  ['RFC 850', 'Sunday, 06-Nov-94 08:49:37 GMT', utc(1994, 11, 6, 8, 49, 37)],
  ['asctime', 'Sun Jan  4 16:29:06 2004', utc(2004, 1, 4, 16, 29, 6)],
  ['asctime with zone', 'Sun Jul 15 01:16:00 +0000 2012', utc(2012, 7, 15, 1, 16, 0)],
  ['Perforce', 'Fri, 2006/09/15 08:19:53 EDT', utc(2006, 9, 15, 12, 19, 53)],
  ['12-hour clock', 'Apr 26, 2013 11:30:00 PM EST', utc(2013, 4, 27, 4, 30, 0)],
  // W3C-DTF / ISO 8601
  ['W3C-DTF UTC', '2003-12-31T10:14:55Z', utc(2003, 12, 31, 10, 14, 55)],
  ['W3C-DTF -08:00', '2003-12-31T10:14:55-08:00', utc(2003, 12, 31, 18, 14, 55)],
  ['W3C-DTF +08:00', '2003-12-31T18:14:55+08:00', utc(2003, 12, 31, 10, 14, 55)],
  ['fractional seconds', '2007-04-23T23:25:47.538+10:00', utc(2007, 4, 23, 13, 25, 47, 538)],
  ['comma fraction', '2003-12-31T10:14:55,5Z', utc(2003, 12, 31, 10, 14, 55, 500)],
  ['long fraction', '2003-12-31T10:14:55.1234Z', utc(2003, 12, 31, 10, 14, 55, 123)],
  ['no zone means UTC', '2003-12-31T10:14:55', utc(2003, 12, 31, 10, 14, 55)],
  ['no seconds', '2003-12-31T10:14Z', utc(2003, 12, 31, 10, 14)],
  ['date only', '2003-12-31', utc(2003, 12, 31)],
  ['year and month', '2003-12', utc(2003, 12, 1)],
  ['year only', '2003', utc(2003, 1, 1)],
  ['leap-year rollover', '2004-02-28T18:14:55-08:00', utc(2004, 2, 29, 2, 14, 55)],
  ['non-leap rollover', '2003-02-28T18:14:55-08:00', utc(2003, 3, 1, 2, 14, 55)],
  ['400-year leap rollover', '2000-02-28T18:14:55-08:00', utc(2000, 2, 29, 2, 14, 55)],
  ["Google's three-digit month", '2003-012-31T10:14:55+00:00', utc(2003, 12, 31, 10, 14, 55)],
  ['basic format', '20031231T101455Z', utc(2003, 12, 31, 10, 14, 55)],
  ['ordinal date', '2003-335', utc(2003, 12, 1)],
  ['2-digit year, no hyphens', '031231', utc(2003, 12, 31)],
  ['2-digit year with hyphens', '03-12-31', utc(2003, 12, 31)],
  ['2-digit year/month', '-03-12', utc(2003, 12, 1)],
  ['2-digit year/month, no hyphen', '-0312', utc(2003, 12, 1)],
  ['2-digit year + ordinal', '03335', utc(2003, 12, 1)],
  ['MSSQL with zone', '2004-07-08 23:56:58 -00:20', utc(2004, 7, 9, 0, 16, 58)],
  ['MSSQL without zone', '2004-07-08 23:56:58', utc(2004, 7, 8, 23, 56, 58)],
  ['MSSQL with fraction', '2004-07-08 23:56:58.0', utc(2004, 7, 8, 23, 56, 58)],
  // Arabic
  ['Arabic-Indic digits, ISO', '٢٠٢٤-٠٧-١٥T١٠:٣٠:٠٠Z', utc(2024, 7, 15, 10, 30)],
  ['Extended Arabic-Indic digits', '۲۰۲۴-۰۷-۱۵', utc(2024, 7, 15)],
  ['Arabic month (Egypt/Gulf)', 'الثلاثاء، 15 يوليو 2024 10:30 GMT', utc(2024, 7, 15, 10, 30)],
  ['Arabic month, Arabic digits', '١٥ يوليو ٢٠٢٤', utc(2024, 7, 15)],
  ['Levantine two-word month', '3 كانون الثاني 2025 08:00 +0300', utc(2025, 1, 3, 5, 0)],
  ['Levantine month', '12 تموز 2024', utc(2024, 7, 12)],
  ['Arabic GMT abbreviation', '15 يوليو 2024 10:30 ت.غ', utc(2024, 7, 15, 10, 30)],
  ['RTL marks around digits', '\u200f2024-07-15T10:30:00Z\u200f', utc(2024, 7, 15, 10, 30)],
  // Hopeless → null (the caller uses the time of receipt)
  ['empty', '', null],
  ['whitespace', '   ', null],
  ['invalid time', 'Sun, 16 Dec 2012 1:2:3:4 GMT', null],
  ['invalid month', 'Sun, 16 zzz 2012 11:47:32 GMT', null],
  ['invalid day', 'Sun, Dec x 2012 11:47:32 GMT', null],
  ['invalid year', 'Sun, 16 Dec zz 11:47:32 GMT', null],
  ['invalid zone hour', 'Sun, 16 Dec 2012 11:47:32 +zz:00', null],
  ['invalid zone minute', 'Sun, 16 Dec 2012 11:47:32 +00:zz', null],
  ['out-of-range day', 'Sun, 99 Jun 2009 12:00:00 GMT', null],
  ['31 June', '2009-06-31', null],
  ['year 10000 via zone', 'Sun, 31 Dec 9999 23:59:59 -9999', null],
  ['out-of-range zone', '9999-12-31T23:59:59-99:99', null],
  ['25 hours', '2003-12-31T25:14:55Z', null],
  ['61 minutes', '2003-12-31T10:61:55Z', null],
  ['61 seconds', '2003-12-31T10:14:61Z', null],
  ['year too short', '013', null],
  ['too many parts', '2013-01-27-01', null],
  ['trailing garbage', '2013-01-28T11:30:00-06:00Textra', null],
  ['letters in date', '2013-xx-27', null],
  ['letters in time', '2013-01-28T09:xx:00Z', null],
  ['letters in zone', '2013-01-28T09:00:00+00:xx', null],
  ['prose', 'yesterday afternoon', null],
  ['unknown zone word', 'Thu, 01 Jan 2004 19:48:21 XYZ', null],
];

describe('parseWireDate', () => {
  it.each(TABLE)('%s: %j', (_name, input, expected) => {
    expect(parseWireDate(input)).toBe(expected);
  });

  it('agrees with Date.parse on every RFC 1123 date of a year (no off-by-one at month ends)', () => {
    for (let day = 0; day < 366; day++) {
      const d = new Date(Date.UTC(2024, 0, 1 + day, 13, 5, 9));
      expect(parseWireDate(d.toUTCString())).toBe(d.getTime());
      expect(parseWireDate(d.toISOString())).toBe(d.getTime());
    }
  });
});
