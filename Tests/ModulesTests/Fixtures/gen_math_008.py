# Generated: math functions over many values.
import math
try:
    print('math.radians(0)', '->', repr(math.radians(0)))
except Exception as e:
    print('math.radians(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.radians(1)', '->', repr(math.radians(1)))
except Exception as e:
    print('math.radians(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.radians(-1)', '->', repr(math.radians(-1)))
except Exception as e:
    print('math.radians(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.radians(0.5)', '->', repr(math.radians(0.5)))
except Exception as e:
    print('math.radians(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.radians(-0.5)', '->', repr(math.radians(-0.5)))
except Exception as e:
    print('math.radians(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.radians(2)', '->', repr(math.radians(2)))
except Exception as e:
    print('math.radians(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.radians(10)', '->', repr(math.radians(10)))
except Exception as e:
    print('math.radians(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.radians(1e-12)', '->', repr(math.radians(1e-12)))
except Exception as e:
    print('math.radians(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.radians(1e10)', '->', repr(math.radians(1e10)))
except Exception as e:
    print('math.radians(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.radians(-1e10)', '->', repr(math.radians(-1e10)))
except Exception as e:
    print('math.radians(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.radians(3.5)', '->', repr(math.radians(3.5)))
except Exception as e:
    print('math.radians(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.radians(math.pi)', '->', repr(math.radians(math.pi)))
except Exception as e:
    print('math.radians(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.radians(math.e)', '->', repr(math.radians(math.e)))
except Exception as e:
    print('math.radians(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.radians(-0.0)', '->', repr(math.radians(-0.0)))
except Exception as e:
    print('math.radians(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.radians(float('inf'))", '->', repr(math.radians(float('inf'))))
except Exception as e:
    print("math.radians(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.radians(float('-inf'))", '->', repr(math.radians(float('-inf'))))
except Exception as e:
    print("math.radians(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.radians(float('nan'))", '->', repr(math.radians(float('nan'))))
except Exception as e:
    print("math.radians(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.radians(True)', '->', repr(math.radians(True)))
except Exception as e:
    print('math.radians(True)', '->', type(e).__name__ + ':', e)
try:
    print('math.isfinite(0)', '->', repr(math.isfinite(0)))
except Exception as e:
    print('math.isfinite(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.isfinite(1)', '->', repr(math.isfinite(1)))
except Exception as e:
    print('math.isfinite(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.isfinite(-1)', '->', repr(math.isfinite(-1)))
except Exception as e:
    print('math.isfinite(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.isfinite(0.5)', '->', repr(math.isfinite(0.5)))
except Exception as e:
    print('math.isfinite(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.isfinite(-0.5)', '->', repr(math.isfinite(-0.5)))
except Exception as e:
    print('math.isfinite(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.isfinite(2)', '->', repr(math.isfinite(2)))
except Exception as e:
    print('math.isfinite(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.isfinite(10)', '->', repr(math.isfinite(10)))
except Exception as e:
    print('math.isfinite(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.isfinite(1e-12)', '->', repr(math.isfinite(1e-12)))
except Exception as e:
    print('math.isfinite(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.isfinite(1e10)', '->', repr(math.isfinite(1e10)))
except Exception as e:
    print('math.isfinite(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.isfinite(-1e10)', '->', repr(math.isfinite(-1e10)))
except Exception as e:
    print('math.isfinite(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.isfinite(3.5)', '->', repr(math.isfinite(3.5)))
except Exception as e:
    print('math.isfinite(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.isfinite(math.pi)', '->', repr(math.isfinite(math.pi)))
except Exception as e:
    print('math.isfinite(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.isfinite(math.e)', '->', repr(math.isfinite(math.e)))
except Exception as e:
    print('math.isfinite(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.isfinite(-0.0)', '->', repr(math.isfinite(-0.0)))
except Exception as e:
    print('math.isfinite(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.isfinite(float('inf'))", '->', repr(math.isfinite(float('inf'))))
except Exception as e:
    print("math.isfinite(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.isfinite(float('-inf'))", '->', repr(math.isfinite(float('-inf'))))
except Exception as e:
    print("math.isfinite(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.isfinite(float('nan'))", '->', repr(math.isfinite(float('nan'))))
except Exception as e:
    print("math.isfinite(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.isfinite(True)', '->', repr(math.isfinite(True)))
except Exception as e:
    print('math.isfinite(True)', '->', type(e).__name__ + ':', e)
