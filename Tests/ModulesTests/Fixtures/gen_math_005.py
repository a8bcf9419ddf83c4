# Generated: math functions over many values.
import math
try:
    print('math.sin(0)', '->', repr(math.sin(0)))
except Exception as e:
    print('math.sin(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.sin(1)', '->', repr(math.sin(1)))
except Exception as e:
    print('math.sin(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.sin(-1)', '->', repr(math.sin(-1)))
except Exception as e:
    print('math.sin(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.sin(0.5)', '->', repr(math.sin(0.5)))
except Exception as e:
    print('math.sin(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.sin(-0.5)', '->', repr(math.sin(-0.5)))
except Exception as e:
    print('math.sin(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.sin(2)', '->', repr(math.sin(2)))
except Exception as e:
    print('math.sin(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.sin(10)', '->', repr(math.sin(10)))
except Exception as e:
    print('math.sin(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.sin(1e-12)', '->', repr(math.sin(1e-12)))
except Exception as e:
    print('math.sin(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.sin(1e10)', '->', repr(math.sin(1e10)))
except Exception as e:
    print('math.sin(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.sin(-1e10)', '->', repr(math.sin(-1e10)))
except Exception as e:
    print('math.sin(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.sin(3.5)', '->', repr(math.sin(3.5)))
except Exception as e:
    print('math.sin(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.sin(math.pi)', '->', repr(math.sin(math.pi)))
except Exception as e:
    print('math.sin(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.sin(math.e)', '->', repr(math.sin(math.e)))
except Exception as e:
    print('math.sin(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.sin(-0.0)', '->', repr(math.sin(-0.0)))
except Exception as e:
    print('math.sin(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.sin(float('inf'))", '->', repr(math.sin(float('inf'))))
except Exception as e:
    print("math.sin(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.sin(float('-inf'))", '->', repr(math.sin(float('-inf'))))
except Exception as e:
    print("math.sin(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.sin(float('nan'))", '->', repr(math.sin(float('nan'))))
except Exception as e:
    print("math.sin(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.sin(True)', '->', repr(math.sin(True)))
except Exception as e:
    print('math.sin(True)', '->', type(e).__name__ + ':', e)
try:
    print('math.cos(0)', '->', repr(math.cos(0)))
except Exception as e:
    print('math.cos(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.cos(1)', '->', repr(math.cos(1)))
except Exception as e:
    print('math.cos(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.cos(-1)', '->', repr(math.cos(-1)))
except Exception as e:
    print('math.cos(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.cos(0.5)', '->', repr(math.cos(0.5)))
except Exception as e:
    print('math.cos(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.cos(-0.5)', '->', repr(math.cos(-0.5)))
except Exception as e:
    print('math.cos(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.cos(2)', '->', repr(math.cos(2)))
except Exception as e:
    print('math.cos(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.cos(10)', '->', repr(math.cos(10)))
except Exception as e:
    print('math.cos(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.cos(1e-12)', '->', repr(math.cos(1e-12)))
except Exception as e:
    print('math.cos(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.cos(1e10)', '->', repr(math.cos(1e10)))
except Exception as e:
    print('math.cos(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.cos(-1e10)', '->', repr(math.cos(-1e10)))
except Exception as e:
    print('math.cos(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.cos(3.5)', '->', repr(math.cos(3.5)))
except Exception as e:
    print('math.cos(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.cos(math.pi)', '->', repr(math.cos(math.pi)))
except Exception as e:
    print('math.cos(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.cos(math.e)', '->', repr(math.cos(math.e)))
except Exception as e:
    print('math.cos(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.cos(-0.0)', '->', repr(math.cos(-0.0)))
except Exception as e:
    print('math.cos(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.cos(float('inf'))", '->', repr(math.cos(float('inf'))))
except Exception as e:
    print("math.cos(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.cos(float('-inf'))", '->', repr(math.cos(float('-inf'))))
except Exception as e:
    print("math.cos(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.cos(float('nan'))", '->', repr(math.cos(float('nan'))))
except Exception as e:
    print("math.cos(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.cos(True)', '->', repr(math.cos(True)))
except Exception as e:
    print('math.cos(True)', '->', type(e).__name__ + ':', e)
