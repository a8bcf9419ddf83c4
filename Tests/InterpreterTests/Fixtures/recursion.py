def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)

x = 1
def f():
    print(x)
    x = 2

f()
