# Generated: int() and float() of strings.
try:
    print("int('1_000')", '->', repr(int('1_000')))
except Exception as e:
    print("int('1_000')", '->', type(e).__name__ + ':', e)
try:
    print("float('1_000')", '->', repr(float('1_000')))
except Exception as e:
    print("float('1_000')", '->', type(e).__name__ + ':', e)
try:
    print("int('1_000', 0)", '->', repr(int('1_000', 0)))
except Exception as e:
    print("int('1_000', 0)", '->', type(e).__name__ + ':', e)
try:
    print("int('1_000', 16)", '->', repr(int('1_000', 16)))
except Exception as e:
    print("int('1_000', 16)", '->', type(e).__name__ + ':', e)
try:
    print("'1_000'.isdigit()", '->', repr('1_000'.isdigit()))
except Exception as e:
    print("'1_000'.isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("'1_000'.strip().lstrip('+-').isdigit()", '->', repr('1_000'.strip().lstrip('+-').isdigit()))
except Exception as e:
    print("'1_000'.strip().lstrip('+-').isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("int('  12  ')", '->', repr(int('  12  ')))
except Exception as e:
    print("int('  12  ')", '->', type(e).__name__ + ':', e)
try:
    print("float('  12  ')", '->', repr(float('  12  ')))
except Exception as e:
    print("float('  12  ')", '->', type(e).__name__ + ':', e)
try:
    print("int('  12  ', 0)", '->', repr(int('  12  ', 0)))
except Exception as e:
    print("int('  12  ', 0)", '->', type(e).__name__ + ':', e)
try:
    print("int('  12  ', 16)", '->', repr(int('  12  ', 16)))
except Exception as e:
    print("int('  12  ', 16)", '->', type(e).__name__ + ':', e)
try:
    print("'  12  '.isdigit()", '->', repr('  12  '.isdigit()))
except Exception as e:
    print("'  12  '.isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("'  12  '.strip().lstrip('+-').isdigit()", '->', repr('  12  '.strip().lstrip('+-').isdigit()))
except Exception as e:
    print("'  12  '.strip().lstrip('+-').isdigit()", '->', type(e).__name__ + ':', e)
