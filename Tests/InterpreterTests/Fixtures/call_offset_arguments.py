# Arguments of the form `local + k` / `local - k` bound straight into a call's frame: ints
# (at the ends of the 64-bit range too), floats, bools, strs, unbound locals.
def three(a, b, c):
    return (a, b, c)


def g(n, x, b):
    print(three(n + 1, n - 1, x + 1), three(x - 2, b + 1, n + -3), three(n - -3, b - 1, x + 0))
    print(three(n + 9223372036854775807, n - 9223372036854775807, n - 9223372036854775807 - 2))


g(5, 2.5, True)
g(-5, -0.5, False)


def h(n):
    return three(n + 1, n - 1, n)


print(h(9223372036854775807), h(-9223372036854775808))
try:
    h("a")
except TypeError as e:
    print(e)


def u():
    print(three(m + 1, 0, 0))
    m = 3


try:
    u()
except UnboundLocalError as e:
    print(e)


def countdown(n):
    return n if n <= 0 else countdown(n - 1)


print(countdown(50), countdown(-1))
