# `s += t` appends in place only when nothing else refers to the str.
s = 'a'
t = s
s += 'b'
print(s, t)

def build(n):
    out = ''
    for i in range(n):
        out += str(i) + ','
    return out

print(build(12))
print(len(build(20000)))

def aliases():
    s = 'x'
    kept = [s]
    s += 'y'
    d = {s: 1}
    s += 'z'
    pair = (s,)
    s += 'w'
    print(s, kept, d, pair)
    s += s
    print(s)
    c = 'abc'[0]
    c += '!'
    print(c, 'abc'[0])
    h = hash('mn')
    m = 'm'
    m += 'n'
    print(hash(m) == h, m == 'mn', {m: 2}['mn'])
    u = 'é'
    u += 'ü'
    u += 'x'
    print(u, len(u), u[1], u[-1])

aliases()

g = 'x'
def rebind():
    global g
    g = 'other'
    return 'y'

g += rebind()
print(g)

def closure():
    acc = ''
    def add(piece):
        nonlocal acc
        acc += piece
    for p in ['p', 'q', 'r']:
        add(p)
    return acc

print(closure())

class Box:
    def __init__(self):
        self.text = ''

b = Box()
for ch in 'hello':
    b.text += ch
print(b.text)

def bad():
    s = 'a'
    try:
        s += 1
    except TypeError as e:
        print(e)
    print(s)

bad()

def unbound():
    q += 'a'
    q = ''

try:
    unbound()
except UnboundLocalError as e:
    print(e)

n = 3
n += 4
print(n)
lines = []
row = ''
for i in range(5):
    row += str(i)
    lines.append(row)
print(lines)
