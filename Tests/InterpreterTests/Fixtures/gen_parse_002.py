# Generated: int() and float() of strings.
try:
    print("int('inf')", '->', repr(int('inf')))
except Exception as e:
    print("int('inf')", '->', type(e).__name__ + ':', e)
try:
    print("float('inf')", '->', repr(float('inf')))
except Exception as e:
    print("float('inf')", '->', type(e).__name__ + ':', e)
try:
    print("int('inf', 0)", '->', repr(int('inf', 0)))
except Exception as e:
    print("int('inf', 0)", '->', type(e).__name__ + ':', e)
try:
    print("int('inf', 16)", '->', repr(int('inf', 16)))
except Exception as e:
    print("int('inf', 16)", '->', type(e).__name__ + ':', e)
try:
    print("'inf'.isdigit()", '->', repr('inf'.isdigit()))
except Exception as e:
    print("'inf'.isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("'inf'.strip().lstrip('+-').isdigit()", '->', repr('inf'.strip().lstrip('+-').isdigit()))
except Exception as e:
    print("'inf'.strip().lstrip('+-').isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("int('-inf')", '->', repr(int('-inf')))
except Exception as e:
    print("int('-inf')", '->', type(e).__name__ + ':', e)
try:
    print("float('-inf')", '->', repr(float('-inf')))
except Exception as e:
    print("float('-inf')", '->', type(e).__name__ + ':', e)
try:
    print("int('-inf', 0)", '->', repr(int('-inf', 0)))
except Exception as e:
    print("int('-inf', 0)", '->', type(e).__name__ + ':', e)
try:
    print("int('-inf', 16)", '->', repr(int('-inf', 16)))
except Exception as e:
    print("int('-inf', 16)", '->', type(e).__name__ + ':', e)
try:
    print("'-inf'.isdigit()", '->', repr('-inf'.isdigit()))
except Exception as e:
    print("'-inf'.isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("'-inf'.strip().lstrip('+-').isdigit()", '->', repr('-inf'.strip().lstrip('+-').isdigit()))
except Exception as e:
    print("'-inf'.strip().lstrip('+-').isdigit()", '->', type(e).__name__ + ':', e)
