# Generated: math functions over many values.
import math
try:
    print('math.expm1(0)', '->', repr(math.expm1(0)))
except Exception as e:
    print('math.expm1(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.expm1(1)', '->', repr(math.expm1(1)))
except Exception as e:
    print('math.expm1(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.expm1(-1)', '->', repr(math.expm1(-1)))
except Exception as e:
    print('math.expm1(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.expm1(0.5)', '->', repr(math.expm1(0.5)))
except Exception as e:
    print('math.expm1(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.expm1(-0.5)', '->', repr(math.expm1(-0.5)))
except Exception as e:
    print('math.expm1(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.expm1(2)', '->', repr(math.expm1(2)))
except Exception as e:
    print('math.expm1(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.expm1(10)', '->', repr(math.expm1(10)))
except Exception as e:
    print('math.expm1(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.expm1(1e-12)', '->', repr(math.expm1(1e-12)))
except Exception as e:
    print('math.expm1(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.expm1(1e10)', '->', repr(math.expm1(1e10)))
except Exception as e:
    print('math.expm1(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.expm1(-1e10)', '->', repr(math.expm1(-1e10)))
except Exception as e:
    print('math.expm1(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.expm1(3.5)', '->', repr(math.expm1(3.5)))
except Exception as e:
    print('math.expm1(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.expm1(math.pi)', '->', repr(math.expm1(math.pi)))
except Exception as e:
    print('math.expm1(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.expm1(math.e)', '->', repr(math.expm1(math.e)))
except Exception as e:
    print('math.expm1(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.expm1(-0.0)', '->', repr(math.expm1(-0.0)))
except Exception as e:
    print('math.expm1(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.expm1(float('inf'))", '->', repr(math.expm1(float('inf'))))
except Exception as e:
    print("math.expm1(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.expm1(float('-inf'))", '->', repr(math.expm1(float('-inf'))))
except Exception as e:
    print("math.expm1(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.expm1(float('nan'))", '->', repr(math.expm1(float('nan'))))
except Exception as e:
    print("math.expm1(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.expm1(True)', '->', repr(math.expm1(True)))
except Exception as e:
    print('math.expm1(True)', '->', type(e).__name__ + ':', e)
try:
    print('math.asin(0)', '->', repr(math.asin(0)))
except Exception as e:
    print('math.asin(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.asin(1)', '->', repr(math.asin(1)))
except Exception as e:
    print('math.asin(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.asin(-1)', '->', repr(math.asin(-1)))
except Exception as e:
    print('math.asin(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.asin(0.5)', '->', repr(math.asin(0.5)))
except Exception as e:
    print('math.asin(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.asin(-0.5)', '->', repr(math.asin(-0.5)))
except Exception as e:
    print('math.asin(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.asin(2)', '->', repr(math.asin(2)))
except Exception as e:
    print('math.asin(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.asin(10)', '->', repr(math.asin(10)))
except Exception as e:
    print('math.asin(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.asin(1e-12)', '->', repr(math.asin(1e-12)))
except Exception as e:
    print('math.asin(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.asin(1e10)', '->', repr(math.asin(1e10)))
except Exception as e:
    print('math.asin(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.asin(-1e10)', '->', repr(math.asin(-1e10)))
except Exception as e:
    print('math.asin(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.asin(3.5)', '->', repr(math.asin(3.5)))
except Exception as e:
    print('math.asin(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.asin(math.pi)', '->', repr(math.asin(math.pi)))
except Exception as e:
    print('math.asin(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.asin(math.e)', '->', repr(math.asin(math.e)))
except Exception as e:
    print('math.asin(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.asin(-0.0)', '->', repr(math.asin(-0.0)))
except Exception as e:
    print('math.asin(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.asin(float('inf'))", '->', repr(math.asin(float('inf'))))
except Exception as e:
    print("math.asin(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.asin(float('-inf'))", '->', repr(math.asin(float('-inf'))))
except Exception as e:
    print("math.asin(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.asin(float('nan'))", '->', repr(math.asin(float('nan'))))
except Exception as e:
    print("math.asin(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.asin(True)', '->', repr(math.asin(True)))
except Exception as e:
    print('math.asin(True)', '->', type(e).__name__ + ':', e)
