# Generated: math functions over many values.
import math
try:
    print('math.tan(0)', '->', repr(math.tan(0)))
except Exception as e:
    print('math.tan(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.tan(1)', '->', repr(math.tan(1)))
except Exception as e:
    print('math.tan(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.tan(-1)', '->', repr(math.tan(-1)))
except Exception as e:
    print('math.tan(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.tan(0.5)', '->', repr(math.tan(0.5)))
except Exception as e:
    print('math.tan(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.tan(-0.5)', '->', repr(math.tan(-0.5)))
except Exception as e:
    print('math.tan(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.tan(2)', '->', repr(math.tan(2)))
except Exception as e:
    print('math.tan(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.tan(10)', '->', repr(math.tan(10)))
except Exception as e:
    print('math.tan(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.tan(1e-12)', '->', repr(math.tan(1e-12)))
except Exception as e:
    print('math.tan(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.tan(1e10)', '->', repr(math.tan(1e10)))
except Exception as e:
    print('math.tan(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.tan(-1e10)', '->', repr(math.tan(-1e10)))
except Exception as e:
    print('math.tan(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.tan(3.5)', '->', repr(math.tan(3.5)))
except Exception as e:
    print('math.tan(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.tan(math.pi)', '->', repr(math.tan(math.pi)))
except Exception as e:
    print('math.tan(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.tan(math.e)', '->', repr(math.tan(math.e)))
except Exception as e:
    print('math.tan(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.tan(-0.0)', '->', repr(math.tan(-0.0)))
except Exception as e:
    print('math.tan(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.tan(float('inf'))", '->', repr(math.tan(float('inf'))))
except Exception as e:
    print("math.tan(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.tan(float('-inf'))", '->', repr(math.tan(float('-inf'))))
except Exception as e:
    print("math.tan(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.tan(float('nan'))", '->', repr(math.tan(float('nan'))))
except Exception as e:
    print("math.tan(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.tan(True)', '->', repr(math.tan(True)))
except Exception as e:
    print('math.tan(True)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan(0)', '->', repr(math.atan(0)))
except Exception as e:
    print('math.atan(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan(1)', '->', repr(math.atan(1)))
except Exception as e:
    print('math.atan(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan(-1)', '->', repr(math.atan(-1)))
except Exception as e:
    print('math.atan(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan(0.5)', '->', repr(math.atan(0.5)))
except Exception as e:
    print('math.atan(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan(-0.5)', '->', repr(math.atan(-0.5)))
except Exception as e:
    print('math.atan(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan(2)', '->', repr(math.atan(2)))
except Exception as e:
    print('math.atan(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan(10)', '->', repr(math.atan(10)))
except Exception as e:
    print('math.atan(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan(1e-12)', '->', repr(math.atan(1e-12)))
except Exception as e:
    print('math.atan(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan(1e10)', '->', repr(math.atan(1e10)))
except Exception as e:
    print('math.atan(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan(-1e10)', '->', repr(math.atan(-1e10)))
except Exception as e:
    print('math.atan(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan(3.5)', '->', repr(math.atan(3.5)))
except Exception as e:
    print('math.atan(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan(math.pi)', '->', repr(math.atan(math.pi)))
except Exception as e:
    print('math.atan(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan(math.e)', '->', repr(math.atan(math.e)))
except Exception as e:
    print('math.atan(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan(-0.0)', '->', repr(math.atan(-0.0)))
except Exception as e:
    print('math.atan(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.atan(float('inf'))", '->', repr(math.atan(float('inf'))))
except Exception as e:
    print("math.atan(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.atan(float('-inf'))", '->', repr(math.atan(float('-inf'))))
except Exception as e:
    print("math.atan(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.atan(float('nan'))", '->', repr(math.atan(float('nan'))))
except Exception as e:
    print("math.atan(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.atan(True)', '->', repr(math.atan(True)))
except Exception as e:
    print('math.atan(True)', '->', type(e).__name__ + ':', e)
