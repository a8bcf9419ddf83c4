# Generated: math functions over many values.
import math
try:
    print('math.floor(0)', '->', repr(math.floor(0)))
except Exception as e:
    print('math.floor(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.floor(1)', '->', repr(math.floor(1)))
except Exception as e:
    print('math.floor(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.floor(-1)', '->', repr(math.floor(-1)))
except Exception as e:
    print('math.floor(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.floor(0.5)', '->', repr(math.floor(0.5)))
except Exception as e:
    print('math.floor(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.floor(-0.5)', '->', repr(math.floor(-0.5)))
except Exception as e:
    print('math.floor(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.floor(2)', '->', repr(math.floor(2)))
except Exception as e:
    print('math.floor(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.floor(10)', '->', repr(math.floor(10)))
except Exception as e:
    print('math.floor(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.floor(1e-12)', '->', repr(math.floor(1e-12)))
except Exception as e:
    print('math.floor(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.floor(1e10)', '->', repr(math.floor(1e10)))
except Exception as e:
    print('math.floor(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.floor(-1e10)', '->', repr(math.floor(-1e10)))
except Exception as e:
    print('math.floor(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.floor(3.5)', '->', repr(math.floor(3.5)))
except Exception as e:
    print('math.floor(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.floor(math.pi)', '->', repr(math.floor(math.pi)))
except Exception as e:
    print('math.floor(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.floor(math.e)', '->', repr(math.floor(math.e)))
except Exception as e:
    print('math.floor(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.floor(-0.0)', '->', repr(math.floor(-0.0)))
except Exception as e:
    print('math.floor(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.floor(float('inf'))", '->', repr(math.floor(float('inf'))))
except Exception as e:
    print("math.floor(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.floor(float('-inf'))", '->', repr(math.floor(float('-inf'))))
except Exception as e:
    print("math.floor(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.floor(float('nan'))", '->', repr(math.floor(float('nan'))))
except Exception as e:
    print("math.floor(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.floor(True)', '->', repr(math.floor(True)))
except Exception as e:
    print('math.floor(True)', '->', type(e).__name__ + ':', e)
try:
    print('math.ceil(0)', '->', repr(math.ceil(0)))
except Exception as e:
    print('math.ceil(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.ceil(1)', '->', repr(math.ceil(1)))
except Exception as e:
    print('math.ceil(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.ceil(-1)', '->', repr(math.ceil(-1)))
except Exception as e:
    print('math.ceil(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.ceil(0.5)', '->', repr(math.ceil(0.5)))
except Exception as e:
    print('math.ceil(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.ceil(-0.5)', '->', repr(math.ceil(-0.5)))
except Exception as e:
    print('math.ceil(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.ceil(2)', '->', repr(math.ceil(2)))
except Exception as e:
    print('math.ceil(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.ceil(10)', '->', repr(math.ceil(10)))
except Exception as e:
    print('math.ceil(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.ceil(1e-12)', '->', repr(math.ceil(1e-12)))
except Exception as e:
    print('math.ceil(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.ceil(1e10)', '->', repr(math.ceil(1e10)))
except Exception as e:
    print('math.ceil(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.ceil(-1e10)', '->', repr(math.ceil(-1e10)))
except Exception as e:
    print('math.ceil(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.ceil(3.5)', '->', repr(math.ceil(3.5)))
except Exception as e:
    print('math.ceil(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.ceil(math.pi)', '->', repr(math.ceil(math.pi)))
except Exception as e:
    print('math.ceil(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.ceil(math.e)', '->', repr(math.ceil(math.e)))
except Exception as e:
    print('math.ceil(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.ceil(-0.0)', '->', repr(math.ceil(-0.0)))
except Exception as e:
    print('math.ceil(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.ceil(float('inf'))", '->', repr(math.ceil(float('inf'))))
except Exception as e:
    print("math.ceil(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.ceil(float('-inf'))", '->', repr(math.ceil(float('-inf'))))
except Exception as e:
    print("math.ceil(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.ceil(float('nan'))", '->', repr(math.ceil(float('nan'))))
except Exception as e:
    print("math.ceil(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.ceil(True)', '->', repr(math.ceil(True)))
except Exception as e:
    print('math.ceil(True)', '->', type(e).__name__ + ':', e)
