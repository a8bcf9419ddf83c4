def g(n):
    for i in range(n):
        yield i

def work(v):
    return 10 // (v - 2)

def main():
    for v in g(5):
        print(work(v))

main()
