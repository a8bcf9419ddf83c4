# Generated: math functions over many values.
import math
try:
    print('math.isnan(0)', '->', repr(math.isnan(0)))
except Exception as e:
    print('math.isnan(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.isnan(1)', '->', repr(math.isnan(1)))
except Exception as e:
    print('math.isnan(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.isnan(-1)', '->', repr(math.isnan(-1)))
except Exception as e:
    print('math.isnan(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.isnan(0.5)', '->', repr(math.isnan(0.5)))
except Exception as e:
    print('math.isnan(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.isnan(-0.5)', '->', repr(math.isnan(-0.5)))
except Exception as e:
    print('math.isnan(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.isnan(2)', '->', repr(math.isnan(2)))
except Exception as e:
    print('math.isnan(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.isnan(10)', '->', repr(math.isnan(10)))
except Exception as e:
    print('math.isnan(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.isnan(1e-12)', '->', repr(math.isnan(1e-12)))
except Exception as e:
    print('math.isnan(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.isnan(1e10)', '->', repr(math.isnan(1e10)))
except Exception as e:
    print('math.isnan(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.isnan(-1e10)', '->', repr(math.isnan(-1e10)))
except Exception as e:
    print('math.isnan(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.isnan(3.5)', '->', repr(math.isnan(3.5)))
except Exception as e:
    print('math.isnan(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.isnan(math.pi)', '->', repr(math.isnan(math.pi)))
except Exception as e:
    print('math.isnan(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.isnan(math.e)', '->', repr(math.isnan(math.e)))
except Exception as e:
    print('math.isnan(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.isnan(-0.0)', '->', repr(math.isnan(-0.0)))
except Exception as e:
    print('math.isnan(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.isnan(float('inf'))", '->', repr(math.isnan(float('inf'))))
except Exception as e:
    print("math.isnan(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.isnan(float('-inf'))", '->', repr(math.isnan(float('-inf'))))
except Exception as e:
    print("math.isnan(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.isnan(float('nan'))", '->', repr(math.isnan(float('nan'))))
except Exception as e:
    print("math.isnan(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.isnan(True)', '->', repr(math.isnan(True)))
except Exception as e:
    print('math.isnan(True)', '->', type(e).__name__ + ':', e)
try:
    print('math.isinf(0)', '->', repr(math.isinf(0)))
except Exception as e:
    print('math.isinf(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.isinf(1)', '->', repr(math.isinf(1)))
except Exception as e:
    print('math.isinf(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.isinf(-1)', '->', repr(math.isinf(-1)))
except Exception as e:
    print('math.isinf(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.isinf(0.5)', '->', repr(math.isinf(0.5)))
except Exception as e:
    print('math.isinf(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.isinf(-0.5)', '->', repr(math.isinf(-0.5)))
except Exception as e:
    print('math.isinf(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.isinf(2)', '->', repr(math.isinf(2)))
except Exception as e:
    print('math.isinf(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.isinf(10)', '->', repr(math.isinf(10)))
except Exception as e:
    print('math.isinf(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.isinf(1e-12)', '->', repr(math.isinf(1e-12)))
except Exception as e:
    print('math.isinf(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.isinf(1e10)', '->', repr(math.isinf(1e10)))
except Exception as e:
    print('math.isinf(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.isinf(-1e10)', '->', repr(math.isinf(-1e10)))
except Exception as e:
    print('math.isinf(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.isinf(3.5)', '->', repr(math.isinf(3.5)))
except Exception as e:
    print('math.isinf(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.isinf(math.pi)', '->', repr(math.isinf(math.pi)))
except Exception as e:
    print('math.isinf(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.isinf(math.e)', '->', repr(math.isinf(math.e)))
except Exception as e:
    print('math.isinf(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.isinf(-0.0)', '->', repr(math.isinf(-0.0)))
except Exception as e:
    print('math.isinf(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.isinf(float('inf'))", '->', repr(math.isinf(float('inf'))))
except Exception as e:
    print("math.isinf(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.isinf(float('-inf'))", '->', repr(math.isinf(float('-inf'))))
except Exception as e:
    print("math.isinf(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.isinf(float('nan'))", '->', repr(math.isinf(float('nan'))))
except Exception as e:
    print("math.isinf(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.isinf(True)', '->', repr(math.isinf(True)))
except Exception as e:
    print('math.isinf(True)', '->', type(e).__name__ + ':', e)
