# Generated: round() with every ndigits, and int/float conversions.
try:
    print('round(1.005)', '->', repr(round(1.005)))
except Exception as e:
    print('round(1.005)', '->', type(e).__name__ + ':', e)
try:
    print('round(1.005, 0)', '->', repr(round(1.005, 0)))
except Exception as e:
    print('round(1.005, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(1.005, 1)', '->', repr(round(1.005, 1)))
except Exception as e:
    print('round(1.005, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(1.005, 2)', '->', repr(round(1.005, 2)))
except Exception as e:
    print('round(1.005, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(1.005, 3)', '->', repr(round(1.005, 3)))
except Exception as e:
    print('round(1.005, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(1.005, -1)', '->', repr(round(1.005, -1)))
except Exception as e:
    print('round(1.005, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(1.005, -2)', '->', repr(round(1.005, -2)))
except Exception as e:
    print('round(1.005, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(1.005, None)', '->', repr(round(1.005, None)))
except Exception as e:
    print('round(1.005, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(1.005)', '->', repr(int(1.005)))
except Exception as e:
    print('int(1.005)', '->', type(e).__name__ + ':', e)
try:
    print('float(1.005)', '->', repr(float(1.005)))
except Exception as e:
    print('float(1.005)', '->', type(e).__name__ + ':', e)
try:
    print('abs(1.005)', '->', repr(abs(1.005)))
except Exception as e:
    print('abs(1.005)', '->', type(e).__name__ + ':', e)
try:
    print('str(1.005)', '->', repr(str(1.005)))
except Exception as e:
    print('str(1.005)', '->', type(e).__name__ + ':', e)
try:
    print('bool(1.005)', '->', repr(bool(1.005)))
except Exception as e:
    print('bool(1.005)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(1.005, 0.1)', '->', repr(divmod(1.005, 0.1)))
except Exception as e:
    print('divmod(1.005, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(1.005).is_integer() if isinstance(1.005, float) else 0', '->', repr((1.005).is_integer() if isinstance(1.005, float) else 0))
except Exception as e:
    print('(1.005).is_integer() if isinstance(1.005, float) else 0', '->', type(e).__name__ + ':', e)
try:
    print('round(0.125)', '->', repr(round(0.125)))
except Exception as e:
    print('round(0.125)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.125, 0)', '->', repr(round(0.125, 0)))
except Exception as e:
    print('round(0.125, 0)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.125, 1)', '->', repr(round(0.125, 1)))
except Exception as e:
    print('round(0.125, 1)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.125, 2)', '->', repr(round(0.125, 2)))
except Exception as e:
    print('round(0.125, 2)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.125, 3)', '->', repr(round(0.125, 3)))
except Exception as e:
    print('round(0.125, 3)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.125, -1)', '->', repr(round(0.125, -1)))
except Exception as e:
    print('round(0.125, -1)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.125, -2)', '->', repr(round(0.125, -2)))
except Exception as e:
    print('round(0.125, -2)', '->', type(e).__name__ + ':', e)
try:
    print('round(0.125, None)', '->', repr(round(0.125, None)))
except Exception as e:
    print('round(0.125, None)', '->', type(e).__name__ + ':', e)
try:
    print('int(0.125)', '->', repr(int(0.125)))
except Exception as e:
    print('int(0.125)', '->', type(e).__name__ + ':', e)
try:
    print('float(0.125)', '->', repr(float(0.125)))
except Exception as e:
    print('float(0.125)', '->', type(e).__name__ + ':', e)
try:
    print('abs(0.125)', '->', repr(abs(0.125)))
except Exception as e:
    print('abs(0.125)', '->', type(e).__name__ + ':', e)
try:
    print('str(0.125)', '->', repr(str(0.125)))
except Exception as e:
    print('str(0.125)', '->', type(e).__name__ + ':', e)
try:
    print('bool(0.125)', '->', repr(bool(0.125)))
except Exception as e:
    print('bool(0.125)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(0.125, 0.1)', '->', repr(divmod(0.125, 0.1)))
except Exception as e:
    print('divmod(0.125, 0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(0.125).is_integer() if isinstance(0.125, float) else 0', '->', repr((0.125).is_integer() if isinstance(0.125, float) else 0))
except Exception as e:
    print('(0.125).is_integer() if isinstance(0.125, float) else 0', '->', type(e).__name__ + ':', e)
