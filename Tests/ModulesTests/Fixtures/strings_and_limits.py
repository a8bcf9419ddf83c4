# Python's repr of text (quotes, escapes, characters that are not printable), ascii(),
# padding, and the errors for sizes and counts NumBook (like CPython) refuses.
import datetime

tests = ["abc", "it's", 'say "hi"', "both ' and \"", "tab\there", "nbsp\xa0x", "zero\u200bwidth",
         "ctl\x01\x7f\x80\x9f", "emoji 😀", "é☃", "line\u2028sep", "priv\ue000", "bs\\x",
         "\U0001F600\U000E0001", "cjk 漢字", "combining e\u0301", "\u3000ideographic",
         "soft\xadhyphen", ""]
for t in tests:
    print(repr(t), t.isprintable(), ascii(t))
print(repr(tests))
print(ascii({"é": ["☃", 1.5]}))
print(f"{'x':*^9}|{'y':>5}|{7:05d}|{'é':é<4}|{-42:=+8}|{255:#010x}|")
print('x'.center(8, '☃'), 'ab'.zfill(5), '-3'.zfill(5), 'a\tb\tc'.expandtabs(4), 'ab'.rjust(4, '.'))


def attempt(text):
    try:
        r = eval(text)
        print(text, "->", repr(r)[:60])
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)


for text in [
    "len('x'.center(10**12))", "len('x'.ljust(10**12))", "len('x'.zfill(10**12))",
    "'a\\tb'.expandtabs(10**12)", "format(1, '1000000000000')", "f'{1.5:.{10**12}f}'",
    "'%1000000000000d' % 1", "'{:1000000000000}'.format(1)", "format(1, '99999999999999999999')",
    "'%.3000000000f' % 1.5", "format(1.5, '.')", "bytes(10**12)", "b'ab' * 10**12",
    "[0] * 10**12", "'a' * 10**12", "(1,) * 10**11",
    "round(5, -18)", "round(5 * 10**17, -18)", "round(15 * 10**17, -18)", "round(25, -1)",
    "round(-25, -1)", "round(35, -1)", "round(-35, -2)", "round(123456789012345678, -1)",
    "round(-5.0, -400)", "round(5.0, -400)", "round(1234.5678, -2)",
    "datetime.timedelta(10**18)", "datetime.timedelta(1e308)", "datetime.timedelta(float('nan'))",
    "datetime.timedelta(2, 2**62)", "datetime.timedelta(seconds=1e15)",
    "datetime.timedelta(days=999999999, hours=24)", "datetime.timedelta('a')",
    "datetime.timedelta(float('inf'))", "datetime.timedelta(1.5, 30)",
]:
    attempt(text)
d = {}
for bad in ["%s", [[1], [2]], [(1, 2, 3)], 5]:
    try:
        d.update(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
d.update([(1, 2)], x=3)
d.update({"y": 4})
print(d)
