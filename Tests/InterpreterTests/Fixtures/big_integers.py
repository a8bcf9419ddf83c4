# Ints beyond 64 bits: results that do not fit become big ints, and come back to ordinary
# ints when they fit again.
x = 2**100
print(x, 2**63, -2**63 - 1, 2**64 - 2**64 + 1, type(x), isinstance(2**70, int))
print(x + 1, x - x, x * x, x // 7, x % 7, -x // 7, -x % 7, x / 3, x / 2**99, divmod(x, 1000))
print(x > 10**30, x == 2.0**100, x < 1e31, x != x + 1, {x: 1}[2**100], {2**70, 2.0**70})
print(abs(-x), -x, ~x, x >> 90, x << 3, x & (2**64 - 1), x | 1, x ^ x, bool(x), 3 - x)
print(int("123456789012345678901234567890"), int(1e20), float(x), str(x), repr(x), len(str(2**1000)))
print(f"{x:,}", f"{x:x}", f"{x:>40}", f"{x:.3e}", format(-x, "_"), hex(x), bin(2**65), oct(2**70))
print("%d %s %x" % (x, x, x), round(2**70), round(x, -28), round(1e20), x.bit_length())
print(max(2**70, 5), sorted([2**70, -(2**70), 3, 2.5, 1e30]), 2**70 in [2**70], pow(2, 100, 1000))
print(pow(3, 2**70, 1000), pow(2**70, 2, -(10**9 + 7)), sum([2**62, 2**62, 2**62]))
# Moduli near 64 bits (the residues must not overflow) and rounding past 64 bits.
print(pow(7, 10, 2**63 - 1), pow(5, 3, -(2**63)), pow(-3, -1, 2**63 - 25), pow(10, 20, -(2**62)))
print(round(9 * 10**18, -19), round(-125, -1), round(135, -1), round(7, -50), round(-(2**70), -5))
n = 1
for i in range(1, 31):
    n *= i
print(n, 9223372036854775807 + 1, -9223372036854775808 - 1, 12345678901234567890123)
print(0xFFFFFFFFFFFFFFFFFFFF, 0b1 << 64 == 2**64, int("-0x" + "f" * 20, 16), x.real)
print((2**64) * 0.5, 0.5 * 2**64, 2**64 + 0.5, 10**20 / 10**10, 10**400 // 10**399)
print(10**400 / 10**399, (2**53 + 1) / 1, (10**30 + 1) / 3)
for bad in [lambda: float(10**400), lambda: 10**400 * 1.0, lambda: x / 0, lambda: x % 0,
            lambda: [0] * x, lambda: int("1" * 5000), lambda: str(10**5000),
            lambda: [1, 2][x], lambda: (1, 2)[-x]]:
    try:
        bad()
    except (OverflowError, ZeroDivisionError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
