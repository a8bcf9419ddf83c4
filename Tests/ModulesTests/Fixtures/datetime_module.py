import datetime as dt
from datetime import datetime, timedelta

a = dt.datetime(2024, 1, 2, 3, 4, 5)
b = dt.datetime(2024, 1, 1)
d = a - b
print(a, repr(a), d, repr(d), d.total_seconds(), dt.timedelta(seconds=3723.5), repr(dt.timedelta(seconds=3723.5)))
print(dt.timedelta(days=-1, seconds=5), repr(dt.timedelta(0)), b + dt.timedelta(hours=25), dt.timedelta(minutes=1) * 3)
print(dt.datetime(2024, 1, 1, 0, 0, 0, 250), a.year, d.days, d.seconds, repr(dt.timedelta(days=2, microseconds=7)))
print(str(dt.timedelta(microseconds=7)), dt.timedelta(hours=1) / dt.timedelta(minutes=1), a > b, a - timedelta(days=400))
print(datetime(2000, 2, 29) + timedelta(days=365), datetime(1999, 12, 31, 23, 59, 59) + timedelta(seconds=1))
start = datetime.now()
elapsed = datetime.now() - start
print(type(elapsed).__name__, elapsed.total_seconds() < 5, isinstance(start.year, int))
datetime(2023, 2, 29)
