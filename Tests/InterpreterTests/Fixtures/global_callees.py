# Calls of module-level names: functions, builtins a global shadows and then stops
# shadowing, a function rebinding its own name while it runs, and names that are missing.
def square(x):
    return x * x


def use(values):
    return [square(v) + len([v]) for v in values]


print(use([1, 2, 3]))
len = lambda x: 100
print(use([1]), len("abc"))
del len
print(use([1]), len("abc"))


def countdown(n):
    global countdown
    if n == 2:
        saved = countdown
        countdown = lambda n: f"replaced at {n}"
        try:
            return countdown(n - 1)
        finally:
            countdown = saved
    return n if n <= 0 else countdown(n - 1)


print(countdown(4), countdown(1))


def caller():
    return helper(3)


try:
    caller()
except NameError as error:
    print("NameError", error)


def helper(n):
    return n * 10


print(caller())
del helper
try:
    caller()
except NameError as error:
    print("NameError", error)
abs = square
print(abs(-3), [abs(i) for i in range(-2, 1)])
del abs
print(abs(-3), isinstance(True, int), max(3, 7), min(3, 7))


def make():
    def inner(v):
        return ("inner", v)

    return inner(1), inner(2)


print(make())
print(undefined_function(1))
