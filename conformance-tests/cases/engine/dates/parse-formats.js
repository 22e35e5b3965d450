// Date.parse: ISO strings validated field by field (exact match only), then V8's legacy formats.
const inputs = ['2020-13-01', '2000-01-01T00:00:60Z', '2020-01-01T24:00:01Z', '2020-01-01T24:00:00Z', '2021-02-29', '2020-02-29',
  'Thu, 01 Jan 1970 00:00:00 GMT', 'December 17, 1995 03:24:00', '2020/01/02', 'Jan 1, 2020', '2020-01-01T00:00:00+0100',
  '2020-01-01t00:00:00z', '2020-1-1', 'Mar 1 2022 10:00 PM', 'Mar 1 2022 12:30 AM', '1/2/2020', '12/31/99 23:59',
  new Date(86400000 * 365.25 * 30).toString(), new Date(5e11).toUTCString(), 'Tue Mar 01 2022 10:00:00 GMT+0530 (IST)',
  'not a date', '2020', '2020-06', '2020-06-15', '2020-06-15T10:20', '2020-06-15T10:20:30.123456Z', '+002020-01-01T00:00:00Z',
  'Sat, 15 Jun 2019 12:00:00 +0200', '15 June 2019', 'June 15, 2019 8:00 pm', '2019-06-15 08:00:00', '2019-06-15 08:00:00Z',
  'Jan 1', '', '   2020-01-01   '];
for (const s of inputs) console.log(JSON.stringify(s), Date.parse(s));
