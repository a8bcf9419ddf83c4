# Where a traceback underlines a failing truth test or a failed assert: CPython 3.11 blames the
# last comparison tested as a condition before it, else what holds the test.
import traceback

import numpy as np


def clean(text):
    return text.replace(__file__, "FILE")


a = np.ones(2)
x = 1
xs = []


def show(f):
    try:
        f()
    except Exception:
        print(clean(traceback.format_exc()), end="")


def if_compare():
    if a > 1:
        pass


def if_and_name():
    if a.any() and a > 0:
        pass


def if_compare_then_name():
    if a.all() > 0 and a:
        pass


def while_or():
    while a > 1 or a < 0:
        pass


def if_not():
    if not a > 1:
        pass


def if_name():
    if a:
        pass


def conditional_value():
    return 1 if a else 2


def conditional_compare():
    return 1 if a > 0 else 2


def and_value():
    return 1 and a and 1


def or_value():
    return 0 or (a or 2)


def not_value():
    return not a


def comprehension_name():
    return [v for v in [1] if a]


def comprehension_compare():
    return [v for v in [1] if a > 0]


def assert_compare():
    assert x == 2


def assert_message():
    assert len(xs) > 0 and xs[0], f"empty {xs}"


def assert_or():
    assert x == 2 or x == 3


def assert_name():
    assert xs


def assert_call():
    assert isinstance(x, str), "not a str"


def assert_chained():
    assert 1 < x < 0


def assert_multiline():
    assert (x ==
            2)


for f in [if_compare, if_and_name, if_compare_then_name, while_or, if_not, if_name,
          conditional_value, conditional_compare, and_value, or_value, not_value,
          comprehension_name, comprehension_compare, assert_compare, assert_message, assert_or,
          assert_name, assert_call, assert_chained, assert_multiline]:
    show(f)
print(x == 1 and not xs, [v for v in range(6) if v % 2 and v > 1], 5 if x > 0 and xs or x else 6)
