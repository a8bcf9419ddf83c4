# Generated: int() and float() of strings.
try:
    print("int('nan')", '->', repr(int('nan')))
except Exception as e:
    print("int('nan')", '->', type(e).__name__ + ':', e)
try:
    print("float('nan')", '->', repr(float('nan')))
except Exception as e:
    print("float('nan')", '->', type(e).__name__ + ':', e)
try:
    print("int('nan', 0)", '->', repr(int('nan', 0)))
except Exception as e:
    print("int('nan', 0)", '->', type(e).__name__ + ':', e)
try:
    print("int('nan', 16)", '->', repr(int('nan', 16)))
except Exception as e:
    print("int('nan', 16)", '->', type(e).__name__ + ':', e)
try:
    print("'nan'.isdigit()", '->', repr('nan'.isdigit()))
except Exception as e:
    print("'nan'.isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("'nan'.strip().lstrip('+-').isdigit()", '->', repr('nan'.strip().lstrip('+-').isdigit()))
except Exception as e:
    print("'nan'.strip().lstrip('+-').isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("int('0x1f')", '->', repr(int('0x1f')))
except Exception as e:
    print("int('0x1f')", '->', type(e).__name__ + ':', e)
try:
    print("float('0x1f')", '->', repr(float('0x1f')))
except Exception as e:
    print("float('0x1f')", '->', type(e).__name__ + ':', e)
try:
    print("int('0x1f', 0)", '->', repr(int('0x1f', 0)))
except Exception as e:
    print("int('0x1f', 0)", '->', type(e).__name__ + ':', e)
try:
    print("int('0x1f', 16)", '->', repr(int('0x1f', 16)))
except Exception as e:
    print("int('0x1f', 16)", '->', type(e).__name__ + ':', e)
try:
    print("'0x1f'.isdigit()", '->', repr('0x1f'.isdigit()))
except Exception as e:
    print("'0x1f'.isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("'0x1f'.strip().lstrip('+-').isdigit()", '->', repr('0x1f'.strip().lstrip('+-').isdigit()))
except Exception as e:
    print("'0x1f'.strip().lstrip('+-').isdigit()", '->', type(e).__name__ + ':', e)
