# Generated: int() and float() of strings.
try:
    print("int('3.5')", '->', repr(int('3.5')))
except Exception as e:
    print("int('3.5')", '->', type(e).__name__ + ':', e)
try:
    print("float('3.5')", '->', repr(float('3.5')))
except Exception as e:
    print("float('3.5')", '->', type(e).__name__ + ':', e)
try:
    print("int('3.5', 0)", '->', repr(int('3.5', 0)))
except Exception as e:
    print("int('3.5', 0)", '->', type(e).__name__ + ':', e)
try:
    print("int('3.5', 16)", '->', repr(int('3.5', 16)))
except Exception as e:
    print("int('3.5', 16)", '->', type(e).__name__ + ':', e)
try:
    print("'3.5'.isdigit()", '->', repr('3.5'.isdigit()))
except Exception as e:
    print("'3.5'.isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("'3.5'.strip().lstrip('+-').isdigit()", '->', repr('3.5'.strip().lstrip('+-').isdigit()))
except Exception as e:
    print("'3.5'.strip().lstrip('+-').isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("int('1e3')", '->', repr(int('1e3')))
except Exception as e:
    print("int('1e3')", '->', type(e).__name__ + ':', e)
try:
    print("float('1e3')", '->', repr(float('1e3')))
except Exception as e:
    print("float('1e3')", '->', type(e).__name__ + ':', e)
try:
    print("int('1e3', 0)", '->', repr(int('1e3', 0)))
except Exception as e:
    print("int('1e3', 0)", '->', type(e).__name__ + ':', e)
try:
    print("int('1e3', 16)", '->', repr(int('1e3', 16)))
except Exception as e:
    print("int('1e3', 16)", '->', type(e).__name__ + ':', e)
try:
    print("'1e3'.isdigit()", '->', repr('1e3'.isdigit()))
except Exception as e:
    print("'1e3'.isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("'1e3'.strip().lstrip('+-').isdigit()", '->', repr('1e3'.strip().lstrip('+-').isdigit()))
except Exception as e:
    print("'1e3'.strip().lstrip('+-').isdigit()", '->', type(e).__name__ + ':', e)
