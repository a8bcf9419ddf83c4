# Generated: round() with every ndigits, and int/float conversions.
try:
    print('round(0.5)', '->', repr(round(0.5)))
except Exception as e:
    print('round(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.5, 0)', '->', repr(round(0.5, 0)))
except Exception as e:
    print('round(0.5, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.5, 1)', '->', repr(round(0.5, 1)))
except Exception as e:
    print('round(0.5, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.5, 2)', '->', repr(round(0.5, 2)))
except Exception as e:
    print('round(0.5, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.5, 3)', '->', repr(round(0.5, 3)))
except Exception as e:
    print('round(0.5, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.5, -1)', '->', repr(round(0.5, -1)))
except Exception as e:
    print('round(0.5, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.5, -2)', '->', repr(round(0.5, -2)))
except Exception as e:
    print('round(0.5, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.5, None)', '->', repr(round(0.5, None)))
except Exception as e:
    print('round(0.5, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(0.5)', '->', repr(int(0.5)))
except Exception as e:
    print('int(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('float(0.5)', '->', repr(float(0.5)))
except Exception as e:
    print('float(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('abs(0.5)', '->', repr(abs(0.5)))
except Exception as e:
    print('abs(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('str(0.5)', '->', repr(str(0.5)))
except Exception as e:
    print('str(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('bool(0.5)', '->', repr(bool(0.5)))
except Exception as e:
    print('bool(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(0.5, 0.1)', '->', repr(divmod(0.5, 0.1)))
except Exception as e:
    print('divmod(0.5, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(0.5).is_integer() if isinstance(0.5, float) else 0', '->', repr((0.5).is_integer() if isinstance(0.5, float) else 0))
except Exception as e:
    print('(0.5).is_integer() if isinstance(0.5, float) else 0', '->', type(e).__name__ + ':', e)
try:
    print('round(1.5)', '->', repr(round(1.5)))
except Exception as e:
    print('round(1.5)', '->', type(e).__name__ + ':', e)
try:
    print('round(1.5, 0)', '->', repr(round(1.5, 0)))
except Exception as e:
    print('round(1.5, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(1.5, 1)', '->', repr(round(1.5, 1)))
except Exception as e:
    print('round(1.5, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(1.5, 2)', '->', repr(round(1.5, 2)))
except Exception as e:
    print('round(1.5, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(1.5, 3)', '->', repr(round(1.5, 3)))
except Exception as e:
    print('round(1.5, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(1.5, -1)', '->', repr(round(1.5, -1)))
except Exception as e:
    print('round(1.5, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(1.5, -2)', '->', repr(round(1.5, -2)))
except Exception as e:
    print('round(1.5, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(1.5, None)', '->', repr(round(1.5, None)))
except Exception as e:
    print('round(1.5, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(1.5)', '->', repr(int(1.5)))
except Exception as e:
    print('int(1.5)', '->', type(e).__name__ + ':', e)
try:
    print('float(1.5)', '->', repr(float(1.5)))
except Exception as e:
    print('float(1.5)', '->', type(e).__name__ + ':', e)
try:
    print('abs(1.5)', '->', repr(abs(1.5)))
except Exception as e:
    print('abs(1.5)', '->', type(e).__name__ + ':', e)
try:
    print('str(1.5)', '->', repr(str(1.5)))
except Exception as e:
    print('str(1.5)', '->', type(e).__name__ + ':', e)
try:
    print('bool(1.5)', '->', repr(bool(1.5)))
except Exception as e:
    print('bool(1.5)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(1.5, 0.1)', '->', repr(divmod(1.5, 0.1)))
except Exception as e:
    print('divmod(1.5, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(1.5).is_integer() if isinstance(1.5, float) else 0', '->', repr((1.5).is_integer() if isinstance(1.5, float) else 0))
except Exception as e:
    print('(1.5).is_integer() if isinstance(1.5, float) else 0', '->', type(e).__name__ + ':', e)
