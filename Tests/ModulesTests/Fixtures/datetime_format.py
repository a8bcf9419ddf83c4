# datetime: strftime (glibc's C-locale directives, %f), isoformat, weekday, timestamp round trips.
from datetime import datetime, timedelta
d = datetime(2024, 2, 29, 13, 5, 9, 4500)
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %d %e %j %U %W %w %u", "%I:%M %p", "%y %C %f %%",
            "%c | %x | %X | %F %T %D %R", "%z%Z|", "model_%Y%m%d_%H%M%S.pkl", "%Q %"]:
    print(repr(d.strftime(fmt)))
for day in range(1, 15):
    e = datetime(2023, 1, day)
    print(e.strftime("%a %j %U %W %w %u"), e.weekday(), e.isoweekday())
print(d.isoformat(), datetime(2020, 1, 1).isoformat(), d.isoformat(" "))
print(datetime(1999, 12, 31, 23, 0).strftime("%I %p"), datetime(2000, 1, 1, 0, 30).strftime("%I %p"))
ts = datetime(2024, 5, 6, 7, 8, 9).timestamp()
print(datetime.fromtimestamp(ts), datetime.fromtimestamp(ts + 0.25))
print((d + timedelta(days=1)).strftime("%A"))
