# Functions whose values are all ints, run by NumBook's int kernels: every case where the
# kernel must hand over to the generic code gives Python's answer.


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def ops(a, b):
    """Docstrings are fine."""
    return a // b + a % b * 10 + (a & b) - (a | b) + (a ^ b) - -a


def signs(a, b):
    return a // b, a % b


def first_even_over(n):
    i = n
    while True:
        i += 1
        if i % 2:
            continue
        break
    return i


def classify(x):
    if x < 0 and not x < -10:
        return -1
    elif 0 <= x < 10 or x == 100:
        return 1
    elif x != 50:
        return 2
    return 3


def maybe(n):
    if n > 0:
        return n


def half(n):
    if n > 0:
        x = n // 2
    return x


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def add(a, b):
    return a + b


def twice(n):
    return helper(n) * 2


def helper(n):
    return n + 1


def absolute(n):
    return abs(n) + 0


print(fib(20), fact(5), fact(25), fact(30))
print(gcd(1071, 462), gcd(-12, 18), gcd(12, -18), gcd(0, 0), collatz(27))
print([ops(a, b) for a in (-7, 7, 0) for b in (-3, 3)])
print([signs(a, b) for a in (-7, 7, -9223372036854775807) for b in (-3, 3, -1)])
print(first_even_over(7), [classify(x) for x in (-20, -5, 5, 50, 100, 60)])
print(maybe(3), maybe(-3), maybe(4))
print(add(2**62, 2**62), add(9223372036854775807, 1), add(-9223372036854775807, -2))
print(add(1.5, 2), add(True, 2), add('a', 'b'), add([1], [2]), add(2, 3))
print(twice(4))
def helper(n):
    return n - 1
print(twice(4))
helper = 5
try:
    twice(4)
except TypeError as e:
    print('TypeError:', e)
print(absolute(-5))
try:
    signs(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(signs(7, 2))
try:
    half(-1)
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
print(half(9))

deepest = 0
for n in range(950, 1050):
    try:
        depth(n)
        deepest = n
    except RecursionError as e:
        print('RecursionError:', e, 'at', n)
        break
print(deepest, depth(20))


def total(n):
    t = 0
    for i in range(n):
        t += i
    return t


def stepped(a, b, c):
    t = 0
    for i in range(a, b, c):
        if i % 3 == 0:
            continue
        if i > 40:
            break
        t = t * 2 + i
        i = 1000  # the next pass still takes the range's next value
    return t


def nested(n):
    t = 0
    for i in range(n):
        j = 0
        while j < i:
            j += 1
            if j == 3:
                break
            t += j
    return t


print(total(10), total(0), total(-5), total(100000))
print(stepped(0, 50, 1), stepped(50, 0, -7), stepped(-5, 5, 3), stepped(5, 5, 1), nested(6))
def near_max(a, c):
    n = 0
    for i in range(a, 9223372036854775807, c):
        n += 1
    return n


print(near_max(9223372036854775802, 2), near_max(9223372036854775806, 1), near_max(-5, 4611686018427387904))
try:
    stepped(0, 10, 0)
except ValueError as e:
    print('ValueError:', e)


def range(*bounds):
    return [100, 200]


print(total(10), stepped(0, 50, 1))
del range
print(total(10), stepped(0, 50, 1))


N = 10


def wrap(i):
    return i % N


print([wrap(i) for i in range(8, 13)])
N = 4
print([wrap(i) for i in range(8, 13)])
N = 2.5
print([wrap(i) for i in range(8, 13)])
N = 3
print([wrap(i) for i in range(8, 13)])


def spread(a, b, c):
    return max(a, b, c) - min(a, b, c) + abs(a - b) + min(a, b) * max(b, c) + abs(c)


print(spread(3, -7, 5), spread(-9223372036854775807, 0, 1), spread(-9223372036854775807 - 1, 0, 0))
print(spread(1.5, 2, 3), [spread(i, -i, i * i) for i in range(-3, 4)])
abs = lambda v: 'own abs'
try:
    spread(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
del abs
print(spread(3, -7, 5), total(10))


def shifts(a, b):
    return (a << b) + (a >> b) + (a & b) - (a | b) + (a ^ b)


print([shifts(a, b) for a in (-5, 5, 123456789) for b in (0, 3, 62, 63, 64)])
try:
    shifts(1, -1)
except ValueError as e:
    print('ValueError:', e)


def fdiv(a, b):
    return a // b


def fmod(a, b):
    return a % b


lows = (-9223372036854775807 - 1, -7, 0, 7, 9223372036854775807)
print(shifts(40, 2), [(fdiv(a, b), fmod(a, b)) for a in lows for b in (-3, -1, 1, 3)])
