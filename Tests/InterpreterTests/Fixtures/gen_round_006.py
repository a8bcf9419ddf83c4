# Generated: round() with every ndigits, and int/float conversions.
try:
    print('round(9.995)', '->', repr(round(9.995)))
except Exception as e:
    print('round(9.995)', '->', type(e).__name__ + ':', e)
try:
    print('round(9.995, 0)', '->', repr(round(9.995, 0)))
except Exception as e:
    print('round(9.995, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(9.995, 1)', '->', repr(round(9.995, 1)))
except Exception as e:
    print('round(9.995, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(9.995, 2)', '->', repr(round(9.995, 2)))
except Exception as e:
    print('round(9.995, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(9.995, 3)', '->', repr(round(9.995, 3)))
except Exception as e:
    print('round(9.995, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(9.995, -1)', '->', repr(round(9.995, -1)))
except Exception as e:
    print('round(9.995, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(9.995, -2)', '->', repr(round(9.995, -2)))
except Exception as e:
    print('round(9.995, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(9.995, None)', '->', repr(round(9.995, None)))
except Exception as e:
    print('round(9.995, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(9.995)', '->', repr(int(9.995)))
except Exception as e:
    print('int(9.995)', '->', type(e).__name__ + ':', e)
try:
    print('float(9.995)', '->', repr(float(9.995)))
except Exception as e:
    print('float(9.995)', '->', type(e).__name__ + ':', e)
try:
    print('abs(9.995)', '->', repr(abs(9.995)))
except Exception as e:
    print('abs(9.995)', '->', type(e).__name__ + ':', e)
try:
    print('str(9.995)', '->', repr(str(9.995)))
except Exception as e:
    print('str(9.995)', '->', type(e).__name__ + ':', e)
try:
    print('bool(9.995)', '->', repr(bool(9.995)))
except Exception as e:
    print('bool(9.995)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(9.995, 0.1)', '->', repr(divmod(9.995, 0.1)))
except Exception as e:
    print('divmod(9.995, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(9.995).is_integer() if isinstance(9.995, float) else 0', '->', repr((9.995).is_integer() if isinstance(9.995, float) else 0))
except Exception as e:
    print('(9.995).is_integer() if isinstance(9.995, float) else 0', '->', type(e).__name__ + ':', e)
try:
    print('round(5)', '->', repr(round(5)))
except Exception as e:
    print('round(5)', '->', type(e).__name__ + ':', e)
try:
    print('round(5, 0)', '->', repr(round(5, 0)))
except Exception as e:
    print('round(5, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(5, 1)', '->', repr(round(5, 1)))
except Exception as e:
    print('round(5, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(5, 2)', '->', repr(round(5, 2)))
except Exception as e:
    print('round(5, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(5, 3)', '->', repr(round(5, 3)))
except Exception as e:
    print('round(5, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(5, -1)', '->', repr(round(5, -1)))
except Exception as e:
    print('round(5, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(5, -2)', '->', repr(round(5, -2)))
except Exception as e:
    print('round(5, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(5, None)', '->', repr(round(5, None)))
except Exception as e:
    print('round(5, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(5)', '->', repr(int(5)))
except Exception as e:
    print('int(5)', '->', type(e).__name__ + ':', e)
try:
    print('float(5)', '->', repr(float(5)))
except Exception as e:
    print('float(5)', '->', type(e).__name__ + ':', e)
try:
    print('abs(5)', '->', repr(abs(5)))
except Exception as e:
    print('abs(5)', '->', type(e).__name__ + ':', e)
try:
    print('str(5)', '->', repr(str(5)))
except Exception as e:
    print('str(5)', '->', type(e).__name__ + ':', e)
try:
    print('bool(5)', '->', repr(bool(5)))
except Exception as e:
    print('bool(5)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(5, 0.1)', '->', repr(divmod(5, 0.1)))
except Exception as e:
    print('divmod(5, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(5).is_integer() if isinstance(5, float) else 0', '->', repr((5).is_integer() if isinstance(5, float) else 0))
except Exception as e:
    print('(5).is_integer() if isinstance(5, float) else 0', '->', type(e).__name__ + ':', e)
