# Generated: int() and float() of strings.
try:
    print("int('.5')", '->', repr(int('.5')))
except Exception as e:
    print("int('.5')", '->', type(e).__name__ + ':', e)
try:
    print("float('.5')", '->', repr(float('.5')))
except Exception as e:
    print("float('.5')", '->', type(e).__name__ + ':', e)
try:
    print("int('.5', 0)", '->', repr(int('.5', 0)))
except Exception as e:
    print("int('.5', 0)", '->', type(e).__name__ + ':', e)
try:
    print("int('.5', 16)", '->', repr(int('.5', 16)))
except Exception as e:
    print("int('.5', 16)", '->', type(e).__name__ + ':', e)
try:
    print("'.5'.isdigit()", '->', repr('.5'.isdigit()))
except Exception as e:
    print("'.5'.isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("'.5'.strip().lstrip('+-').isdigit()", '->', repr('.5'.strip().lstrip('+-').isdigit()))
except Exception as e:
    print("'.5'.strip().lstrip('+-').isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("int('5.')", '->', repr(int('5.')))
except Exception as e:
    print("int('5.')", '->', type(e).__name__ + ':', e)
try:
    print("float('5.')", '->', repr(float('5.')))
except Exception as e:
    print("float('5.')", '->', type(e).__name__ + ':', e)
try:
    print("int('5.', 0)", '->', repr(int('5.', 0)))
except Exception as e:
    print("int('5.', 0)", '->', type(e).__name__ + ':', e)
try:
    print("int('5.', 16)", '->', repr(int('5.', 16)))
except Exception as e:
    print("int('5.', 16)", '->', type(e).__name__ + ':', e)
try:
    print("'5.'.isdigit()", '->', repr('5.'.isdigit()))
except Exception as e:
    print("'5.'.isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("'5.'.strip().lstrip('+-').isdigit()", '->', repr('5.'.strip().lstrip('+-').isdigit()))
except Exception as e:
    print("'5.'.strip().lstrip('+-').isdigit()", '->', type(e).__name__ + ':', e)
