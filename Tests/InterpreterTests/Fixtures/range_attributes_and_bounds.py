r = range(2, 20, 3)
print(r.start, r.stop, r.step)
print(r.index(8), r.count(8), r.count(9))
print(r == range(2, 21, 3), hash(range(0)) == hash(range(5, 5)))
print(range(0, 10)[2:5], r[::-1])
try: r.index(9)
except ValueError as e: print(e)
r = range(-2**63+1, 2**63-1)
print(r[5], r.count(3), 5 in r, r[-1], bool(r), r[-2**63+1] if False else r[0])
try:
    len(r)
except OverflowError as e:
    print(e)
print(list(reversed(range(-2**63+5, -2**63, -1))))
print(2**63-2 in range(-2**63+1, 2**63-1, 3), (2**63-4) in range(-2**63+1, 2**63-1, 3))
print(range(10)[-3:], range(10)[::-2], range(5, -5, -2)[1:3])
print(range(0, 100, 7).index(49), range(10).count(2.0), range(3).index(True))
print({range(0): 1, range(3, 3): 2}, range(1, 2) == range(1, 5, 7))
try: range(3).index('a')
except ValueError as e: print(e)
print(list(range(2**63-3, 2**63-1)), list(range(-2**63, -2**63+2)))
big = range(-2**63 + 1, 2**63 - 1)
for k in (0, 1, -1, -2):
    print(big[k])
print(big[4611686018427387904], big[-4611686018427387904], big.index(0))
small = range(-2**63 + 5, -2**63, -2)
for bad in (3, -4):
    try:
        small[bad]
    except IndexError as e:
        print(type(e).__name__, e)
print(big.count(0), -2**63 in big, big[10] in big)
