# Augmented assignments of ints done in place (//=, %=, ^=, &=, |=, <<=, >>=) and the cases
# that go the general way (zero and -1 divisors, negative or wide shifts, floats, bools).
def f():
    n, h, x, b = 12345, 7, -9, True
    n //= 10; h ^= 0xFF; h &= 0x0F; h |= 0x100; x %= 4; b &= False
    print(n, h, x, b, type(b).__name__)
    y = 5; y <<= 70; z = -17; z >>= 2; w = 7; w //= -2; v = -7; v %= 3; u = 2**63 - 1; u //= -1
    print(y, z, w, v, u)
    for bad in ("q = 1; q //= 0", "q = 1; q %= 0", "q = 1; q >>= -1", "q = 1; q <<= -1", "q = 1; q &= 1.5"):
        try:
            exec(bad)
        except Exception as e:
            print(type(e).__name__, e)
    f2 = 7.5; f2 //= 2; g = 7.5; g %= 2; print(f2, g)
f()
t = 100
t //= 7; t ^= 3; t >>= 1
print(t)
