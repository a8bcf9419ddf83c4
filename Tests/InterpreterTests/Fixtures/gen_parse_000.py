# Generated: int() and float() of strings.
try:
    print("int('42')", '->', repr(int('42')))
except Exception as e:
    print("int('42')", '->', type(e).__name__ + ':', e)
try:
    print("float('42')", '->', repr(float('42')))
except Exception as e:
    print("float('42')", '->', type(e).__name__ + ':', e)
try:
    print("int('42', 0)", '->', repr(int('42', 0)))
except Exception as e:
    print("int('42', 0)", '->', type(e).__name__ + ':', e)
try:
    print("int('42', 16)", '->', repr(int('42', 16)))
except Exception as e:
    print("int('42', 16)", '->', type(e).__name__ + ':', e)
try:
    print("'42'.isdigit()", '->', repr('42'.isdigit()))
except Exception as e:
    print("'42'.isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("'42'.strip().lstrip('+-').isdigit()", '->', repr('42'.strip().lstrip('+-').isdigit()))
except Exception as e:
    print("'42'.strip().lstrip('+-').isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("int(' -7 ')", '->', repr(int(' -7 ')))
except Exception as e:
    print("int(' -7 ')", '->', type(e).__name__ + ':', e)
try:
    print("float(' -7 ')", '->', repr(float(' -7 ')))
except Exception as e:
    print("float(' -7 ')", '->', type(e).__name__ + ':', e)
try:
    print("int(' -7 ', 0)", '->', repr(int(' -7 ', 0)))
except Exception as e:
    print("int(' -7 ', 0)", '->', type(e).__name__ + ':', e)
try:
    print("int(' -7 ', 16)", '->', repr(int(' -7 ', 16)))
except Exception as e:
    print("int(' -7 ', 16)", '->', type(e).__name__ + ':', e)
try:
    print("' -7 '.isdigit()", '->', repr(' -7 '.isdigit()))
except Exception as e:
    print("' -7 '.isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("' -7 '.strip().lstrip('+-').isdigit()", '->', repr(' -7 '.strip().lstrip('+-').isdigit()))
except Exception as e:
    print("' -7 '.strip().lstrip('+-').isdigit()", '->', type(e).__name__ + ':', e)
