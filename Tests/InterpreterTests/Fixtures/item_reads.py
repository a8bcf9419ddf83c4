# container[key] where the container is a variable: lists, tuples, dicts, strs and others,
# int keys from locals, literals and expressions; the errors Python raises.
xs = [10, 20, 30]
t = (1, 2, 3)
d = {1: 'one', 'k': 'kay', (1, 2): 'pair', True: 'yes'}
s = 'héllo'

print(xs[0], xs[-1], xs[True], t[1], t[-3], d[1], d['k'], d[(1, 2)], s[1], s[-1])

def local_reads():
    ys = [1.5, 2.5]
    u = ('a', 'b', 'c')
    m = {'x': 1}
    i = 1
    j = -2
    print(ys[i], ys[j], u[i], u[j], m['x'], ys[i - 1], u[i + 1])
    for k in range(-3, 3):
        print(k, u[k], end='; ')
    print()

local_reads()

class Squares:
    def __getitem__(self, k):
        return k * k

class Shifted(list):
    def __getitem__(self, k):
        return 'shifted ' + str(list.__getitem__(self, k + 1))

sq = Squares()
sh = Shifted([5, 6, 7])
print(sq[7], sh[0], sh[-2])

def rebinding():
    global xs
    xs = ['new']
    return 0

print(xs[rebinding()], xs)

n = 5
nothing = None
for expr in ['xs[5]', 't[-9]', "d['missing']", 's[10]', 'xs[1.5]', "t['a']", 'n[0]', 'nothing[1]']:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)

def errors():
    ys = [1]
    u = ()
    for f in [lambda: ys[1], lambda: u[0], lambda: ys[-2], lambda: ys[None]]:
        try:
            f()
        except Exception as e:
            print(type(e).__name__, e)

errors()
grid = [[1, 2], [3, 4]]
print(grid[1][0], grid[-1][-1])
word = 'abc'
print(word[0] + word[2])
