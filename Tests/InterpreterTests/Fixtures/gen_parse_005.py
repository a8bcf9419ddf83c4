# Generated: int() and float() of strings.
try:
    print("int('')", '->', repr(int('')))
except Exception as e:
    print("int('')", '->', type(e).__name__ + ':', e)
try:
    print("float('')", '->', repr(float('')))
except Exception as e:
    print("float('')", '->', type(e).__name__ + ':', e)
try:
    print("int('', 0)", '->', repr(int('', 0)))
except Exception as e:
    print("int('', 0)", '->', type(e).__name__ + ':', e)
try:
    print("int('', 16)", '->', repr(int('', 16)))
except Exception as e:
    print("int('', 16)", '->', type(e).__name__ + ':', e)
try:
    print("''.isdigit()", '->', repr(''.isdigit()))
except Exception as e:
    print("''.isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("''.strip().lstrip('+-').isdigit()", '->', repr(''.strip().lstrip('+-').isdigit()))
except Exception as e:
    print("''.strip().lstrip('+-').isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("int('abc')", '->', repr(int('abc')))
except Exception as e:
    print("int('abc')", '->', type(e).__name__ + ':', e)
try:
    print("float('abc')", '->', repr(float('abc')))
except Exception as e:
    print("float('abc')", '->', type(e).__name__ + ':', e)
try:
    print("int('abc', 0)", '->', repr(int('abc', 0)))
except Exception as e:
    print("int('abc', 0)", '->', type(e).__name__ + ':', e)
try:
    print("int('abc', 16)", '->', repr(int('abc', 16)))
except Exception as e:
    print("int('abc', 16)", '->', type(e).__name__ + ':', e)
try:
    print("'abc'.isdigit()", '->', repr('abc'.isdigit()))
except Exception as e:
    print("'abc'.isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("'abc'.strip().lstrip('+-').isdigit()", '->', repr('abc'.strip().lstrip('+-').isdigit()))
except Exception as e:
    print("'abc'.strip().lstrip('+-').isdigit()", '->', type(e).__name__ + ':', e)
