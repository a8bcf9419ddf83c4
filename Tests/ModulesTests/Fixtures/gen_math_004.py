# Generated: math functions over many values.
import math
try:
    print('math.trunc(0)', '->', repr(math.trunc(0)))
except Exception as e:
    print('math.trunc(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.trunc(1)', '->', repr(math.trunc(1)))
except Exception as e:
    print('math.trunc(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.trunc(-1)', '->', repr(math.trunc(-1)))
except Exception as e:
    print('math.trunc(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.trunc(0.5)', '->', repr(math.trunc(0.5)))
except Exception as e:
    print('math.trunc(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.trunc(-0.5)', '->', repr(math.trunc(-0.5)))
except Exception as e:
    print('math.trunc(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.trunc(2)', '->', repr(math.trunc(2)))
except Exception as e:
    print('math.trunc(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.trunc(10)', '->', repr(math.trunc(10)))
except Exception as e:
    print('math.trunc(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.trunc(1e-12)', '->', repr(math.trunc(1e-12)))
except Exception as e:
    print('math.trunc(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.trunc(1e10)', '->', repr(math.trunc(1e10)))
except Exception as e:
    print('math.trunc(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.trunc(-1e10)', '->', repr(math.trunc(-1e10)))
except Exception as e:
    print('math.trunc(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.trunc(3.5)', '->', repr(math.trunc(3.5)))
except Exception as e:
    print('math.trunc(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.trunc(math.pi)', '->', repr(math.trunc(math.pi)))
except Exception as e:
    print('math.trunc(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.trunc(math.e)', '->', repr(math.trunc(math.e)))
except Exception as e:
    print('math.trunc(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.trunc(-0.0)', '->', repr(math.trunc(-0.0)))
except Exception as e:
    print('math.trunc(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.trunc(float('inf'))", '->', repr(math.trunc(float('inf'))))
except Exception as e:
    print("math.trunc(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.trunc(float('-inf'))", '->', repr(math.trunc(float('-inf'))))
except Exception as e:
    print("math.trunc(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.trunc(float('nan'))", '->', repr(math.trunc(float('nan'))))
except Exception as e:
    print("math.trunc(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.trunc(True)', '->', repr(math.trunc(True)))
except Exception as e:
    print('math.trunc(True)', '->', type(e).__name__ + ':', e)
try:
    print('math.fabs(0)', '->', repr(math.fabs(0)))
except Exception as e:
    print('math.fabs(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.fabs(1)', '->', repr(math.fabs(1)))
except Exception as e:
    print('math.fabs(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.fabs(-1)', '->', repr(math.fabs(-1)))
except Exception as e:
    print('math.fabs(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.fabs(0.5)', '->', repr(math.fabs(0.5)))
except Exception as e:
    print('math.fabs(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.fabs(-0.5)', '->', repr(math.fabs(-0.5)))
except Exception as e:
    print('math.fabs(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.fabs(2)', '->', repr(math.fabs(2)))
except Exception as e:
    print('math.fabs(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.fabs(10)', '->', repr(math.fabs(10)))
except Exception as e:
    print('math.fabs(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.fabs(1e-12)', '->', repr(math.fabs(1e-12)))
except Exception as e:
    print('math.fabs(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.fabs(1e10)', '->', repr(math.fabs(1e10)))
except Exception as e:
    print('math.fabs(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.fabs(-1e10)', '->', repr(math.fabs(-1e10)))
except Exception as e:
    print('math.fabs(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.fabs(3.5)', '->', repr(math.fabs(3.5)))
except Exception as e:
    print('math.fabs(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.fabs(math.pi)', '->', repr(math.fabs(math.pi)))
except Exception as e:
    print('math.fabs(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.fabs(math.e)', '->', repr(math.fabs(math.e)))
except Exception as e:
    print('math.fabs(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.fabs(-0.0)', '->', repr(math.fabs(-0.0)))
except Exception as e:
    print('math.fabs(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.fabs(float('inf'))", '->', repr(math.fabs(float('inf'))))
except Exception as e:
    print("math.fabs(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.fabs(float('-inf'))", '->', repr(math.fabs(float('-inf'))))
except Exception as e:
    print("math.fabs(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.fabs(float('nan'))", '->', repr(math.fabs(float('nan'))))
except Exception as e:
    print("math.fabs(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.fabs(True)', '->', repr(math.fabs(True)))
except Exception as e:
    print('math.fabs(True)', '->', type(e).__name__ + ':', e)
