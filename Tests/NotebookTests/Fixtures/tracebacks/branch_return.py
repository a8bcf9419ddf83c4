def fact(n):
    if n <= 1:
        return 1 // (n - 1)
    return n * fact(n - 1)


for k in range(3):
    if k == 2:
        print(fact(4))
