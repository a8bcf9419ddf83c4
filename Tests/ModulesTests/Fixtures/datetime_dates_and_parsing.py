# datetime.date (construction, fields, str/repr, strftime, arithmetic with timedelta and
# other dates, comparison, hashing, replace, fromisoformat) and datetime.strptime.
import datetime as d
x = d.date(2024, 3, 1)
print(str(x), repr(x), x.year, x.month, x.day, x.strftime('%Y/%m/%d %a %b %j'), x.isoformat(), x.weekday(), x.isoweekday())
print(x + d.timedelta(days=1, hours=5), x - d.timedelta(days=1), x - d.date(2024, 1, 1), repr(x - d.date(2024, 1, 1)))
print(x + d.timedelta(hours=-5), d.timedelta(days=3) + x)
print(x < d.date(2025, 1, 1), x == d.date(2024, 3, 1), x != d.date(2024, 3, 2), d.datetime(2024, 3, 1, 5).date())
print({x: 1}[d.date(2024, 3, 1)], d.date.fromisoformat('2024-02-29'), x.replace(day=5), x.replace(2020, month=2))
print(sorted([d.date(2024, 1, 2), d.date(2023, 5, 1)]), type(d.date.today()).__name__, d.date(year=2000, month=1, day=31))
for bad in [(2024, 2, 30), (2024, 13, 1), (0, 1, 1), (2024, 1)]:
    try:
        d.date(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    x + 1
except TypeError as e:
    print(e)
try:
    d.date.fromisoformat('2024/01/01')
except ValueError as e:
    print(e)
import datetime as d
for text, fmt in [('2024-05-06', '%Y-%m-%d'), ('2024-05-06 07:08:09', '%Y-%m-%d %H:%M:%S'), ('06/05/24', '%d/%m/%y'), ('5 Jan 1999', '%d %b %Y'),
                  ('March 3, 2020', '%B %d, %Y'), ('2020-12-31T23:59:59.5', '%Y-%m-%dT%H:%M:%S.%f'), ('07:05 PM', '%I:%M %p'), ('2024 060', '%Y %j'),
                  ('Mon 2024-01-01', '%a %Y-%m-%d'), ('20240506', '%Y%m%d'), ('1/2/2003', '%m/%d/%Y'), ('2024-05-06', '%Y/%m/%d'), ('2024-05-06x', '%Y-%m-%d'),
                  ('2023-02-29', '%Y-%m-%d'), ('12:00 AM', '%I:%M %p'), ('2024-5-6', '%Y-%m-%d'), ('  2024', ' %Y'), ('99', '%y'), ('68', '%y'), ('100%', '%d%%'),
                  ('2024-13-01', '%Y-%m-%d'), ('x', '%Q')]:
    try:
        print(repr(d.datetime.strptime(text, fmt)))
    except ValueError as e:
        print('ValueError', e)
