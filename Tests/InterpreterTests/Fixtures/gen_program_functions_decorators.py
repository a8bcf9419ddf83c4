# Generated: functions decorators.
def logged(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} -> {result}")
        return result
    return wrapper
def repeat(n):
    def decorate(fn):
        def wrapper(x):
            for _ in range(n):
                x = fn(x)
            return x
        return wrapper
    return decorate
@logged
def add(a, b):
    return a + b
@repeat(3)
def double(x):
    return 2 * x
add(2, 3)
print(double(1), double(0.5))
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    cache[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
    return cache[n]
print(fib(80), len(cache))
