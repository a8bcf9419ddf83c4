values = [0.1, 0.2 + 0.1, 1.0, 1e16, 1e15, 123456789.0, 1e-4, 1e-5, 2.5e-7, 1/3, 2/3,
          100.0, 1e22, -0.0, 1.5e300, 5e-324, 12345.678, 0.000123]
for v in values:
    print(repr(v), str(v), round(v, 3))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2))
print(float("1.5"), float("inf"), float("-inf"), int("42"), int(3.99), int(-3.99))
print(format(1234567.891, ",.2f"), format(0.5, ".0%"), format(12, "05d"), format(255, "x"))
print(format(3.14159, "e"), format(1e-10, "g"), format(123456789, "g"), format(0.0001234, ".3g"))
print(format(1.0, ".3"), format(1234.5, ".3"), format(0.5, ".3"), format(100.0, ".2"), f"{2.0:.4}")
