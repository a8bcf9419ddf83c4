# Generated: int() and float() of strings.
try:
    print("int('0b101')", '->', repr(int('0b101')))
except Exception as e:
    print("int('0b101')", '->', type(e).__name__ + ':', e)
try:
    print("float('0b101')", '->', repr(float('0b101')))
except Exception as e:
    print("float('0b101')", '->', type(e).__name__ + ':', e)
try:
    print("int('0b101', 0)", '->', repr(int('0b101', 0)))
except Exception as e:
    print("int('0b101', 0)", '->', type(e).__name__ + ':', e)
try:
    print("int('0b101', 16)", '->', repr(int('0b101', 16)))
except Exception as e:
    print("int('0b101', 16)", '->', type(e).__name__ + ':', e)
try:
    print("'0b101'.isdigit()", '->', repr('0b101'.isdigit()))
except Exception as e:
    print("'0b101'.isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("'0b101'.strip().lstrip('+-').isdigit()", '->', repr('0b101'.strip().lstrip('+-').isdigit()))
except Exception as e:
    print("'0b101'.strip().lstrip('+-').isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("int('1,000')", '->', repr(int('1,000')))
except Exception as e:
    print("int('1,000')", '->', type(e).__name__ + ':', e)
try:
    print("float('1,000')", '->', repr(float('1,000')))
except Exception as e:
    print("float('1,000')", '->', type(e).__name__ + ':', e)
try:
    print("int('1,000', 0)", '->', repr(int('1,000', 0)))
except Exception as e:
    print("int('1,000', 0)", '->', type(e).__name__ + ':', e)
try:
    print("int('1,000', 16)", '->', repr(int('1,000', 16)))
except Exception as e:
    print("int('1,000', 16)", '->', type(e).__name__ + ':', e)
try:
    print("'1,000'.isdigit()", '->', repr('1,000'.isdigit()))
except Exception as e:
    print("'1,000'.isdigit()", '->', type(e).__name__ + ':', e)
try:
    print("'1,000'.strip().lstrip('+-').isdigit()", '->', repr('1,000'.strip().lstrip('+-').isdigit()))
except Exception as e:
    print("'1,000'.strip().lstrip('+-').isdigit()", '->', type(e).__name__ + ':', e)
