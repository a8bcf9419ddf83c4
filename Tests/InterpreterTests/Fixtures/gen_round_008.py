# Generated: round() with every ndigits, and int/float conversions.
try:
    print('round(25)', '->', repr(round(25)))
except Exception as e:
    print('round(25)', '->', type(e).__name__ + ':', e)
try:
    print('round(25, 0)', '->', repr(round(25, 0)))
except Exception as e:
    print('round(25, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(25, 1)', '->', repr(round(25, 1)))
except Exception as e:
    print('round(25, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(25, 2)', '->', repr(round(25, 2)))
except Exception as e:
    print('round(25, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(25, 3)', '->', repr(round(25, 3)))
except Exception as e:
    print('round(25, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(25, -1)', '->', repr(round(25, -1)))
except Exception as e:
    print('round(25, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(25, -2)', '->', repr(round(25, -2)))
except Exception as e:
    print('round(25, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(25, None)', '->', repr(round(25, None)))
except Exception as e:
    print('round(25, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(25)', '->', repr(int(25)))
except Exception as e:
    print('int(25)', '->', type(e).__name__ + ':', e)
try:
    print('float(25)', '->', repr(float(25)))
except Exception as e:
    print('float(25)', '->', type(e).__name__ + ':', e)
try:
    print('abs(25)', '->', repr(abs(25)))
except Exception as e:
    print('abs(25)', '->', type(e).__name__ + ':', e)
try:
    print('str(25)', '->', repr(str(25)))
except Exception as e:
    print('str(25)', '->', type(e).__name__ + ':', e)
try:
    print('bool(25)', '->', repr(bool(25)))
except Exception as e:
    print('bool(25)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(25, 0.1)', '->', repr(divmod(25, 0.1)))
except Exception as e:
    print('divmod(25, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(25).is_integer() if isinstance(25, float) else 0', '->', repr((25).is_integer() if isinstance(25, float) else 0))
except Exception as e:
    print('(25).is_integer() if isinstance(25, float) else 0', '->', type(e).__name__ + ':', e)
try:
    print('round(1234567)', '->', repr(round(1234567)))
except Exception as e:
    print('round(1234567)', '->', type(e).__name__ + ':', e)
try:
    print('round(1234567, 0)', '->', repr(round(1234567, 0)))
except Exception as e:
    print('round(1234567, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(1234567, 1)', '->', repr(round(1234567, 1)))
except Exception as e:
    print('round(1234567, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(1234567, 2)', '->', repr(round(1234567, 2)))
except Exception as e:
    print('round(1234567, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(1234567, 3)', '->', repr(round(1234567, 3)))
except Exception as e:
    print('round(1234567, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(1234567, -1)', '->', repr(round(1234567, -1)))
except Exception as e:
    print('round(1234567, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(1234567, -2)', '->', repr(round(1234567, -2)))
except Exception as e:
    print('round(1234567, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(1234567, None)', '->', repr(round(1234567, None)))
except Exception as e:
    print('round(1234567, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(1234567)', '->', repr(int(1234567)))
except Exception as e:
    print('int(1234567)', '->', type(e).__name__ + ':', e)
try:
    print('float(1234567)', '->', repr(float(1234567)))
except Exception as e:
    print('float(1234567)', '->', type(e).__name__ + ':', e)
try:
    print('abs(1234567)', '->', repr(abs(1234567)))
except Exception as e:
    print('abs(1234567)', '->', type(e).__name__ + ':', e)
try:
    print('str(1234567)', '->', repr(str(1234567)))
except Exception as e:
    print('str(1234567)', '->', type(e).__name__ + ':', e)
try:
    print('bool(1234567)', '->', repr(bool(1234567)))
except Exception as e:
    print('bool(1234567)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(1234567, 0.1)', '->', repr(divmod(1234567, 0.1)))
except Exception as e:
    print('divmod(1234567, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(1234567).is_integer() if isinstance(1234567, float) else 0', '->', repr((1234567).is_integer() if isinstance(1234567, float) else 0))
except Exception as e:
    print('(1234567).is_integer() if isinstance(1234567, float) else 0', '->', type(e).__name__ + ':', e)
