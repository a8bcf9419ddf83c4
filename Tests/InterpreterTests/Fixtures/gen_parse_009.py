# Generated: int() and float() of strings.
try:
    print("int('0o17')", '->', repr(int('0o17')))
except Exception as e:
    print("int('0o17')", '->', type(e).__name__ + ':', e)
try:
    print("float('0o17')", '->', repr(float('0o17')))
except Exception as e:
    print("float('0o17')", '->', type(e).__name__ + ':', e)
try:
    print("int('0o17', 0)", '->', repr(int('0o17', 0)))
except Exception as e:
    print("int('0o17', 0)", '->', type(e).__name__ + ':', e)
try:
    print("int('0o17', 16)", '->', repr(int('0o17', 16)))
except Exception as e:
    print("int('0o17', 16)", '->', type(e).__name__ + ':', e)
try:
    print("'0o17'.isdigit()", '->', repr('0o17'.isdigit()))
except Exception as e:
    print("'0o17'.isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("'0o17'.strip().lstrip('+-').isdigit()", '->', repr('0o17'.strip().lstrip('+-').isdigit()))
except Exception as e:
    print("'0o17'.strip().lstrip('+-').isdigit()", '->', type(e).__name__ + ':', e)
