# Generated: math functions over many values.
import math
try:
    print('math.sqrt(0)', '->', repr(math.sqrt(0)))
except Exception as e:
    print('math.sqrt(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.sqrt(1)', '->', repr(math.sqrt(1)))
except Exception as e:
    print('math.sqrt(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.sqrt(-1)', '->', repr(math.sqrt(-1)))
except Exception as e:
    print('math.sqrt(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.sqrt(0.5)', '->', repr(math.sqrt(0.5)))
except Exception as e:
    print('math.sqrt(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.sqrt(-0.5)', '->', repr(math.sqrt(-0.5)))
except Exception as e:
    print('math.sqrt(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.sqrt(2)', '->', repr(math.sqrt(2)))
except Exception as e:
    print('math.sqrt(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.sqrt(10)', '->', repr(math.sqrt(10)))
except Exception as e:
    print('math.sqrt(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.sqrt(1e-12)', '->', repr(math.sqrt(1e-12)))
except Exception as e:
    print('math.sqrt(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.sqrt(1e10)', '->', repr(math.sqrt(1e10)))
except Exception as e:
    print('math.sqrt(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.sqrt(-1e10)', '->', repr(math.sqrt(-1e10)))
except Exception as e:
    print('math.sqrt(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.sqrt(3.5)', '->', repr(math.sqrt(3.5)))
except Exception as e:
    print('math.sqrt(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.sqrt(math.pi)', '->', repr(math.sqrt(math.pi)))
except Exception as e:
    print('math.sqrt(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.sqrt(math.e)', '->', repr(math.sqrt(math.e)))
except Exception as e:
    print('math.sqrt(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.sqrt(-0.0)', '->', repr(math.sqrt(-0.0)))
except Exception as e:
    print('math.sqrt(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.sqrt(float('inf'))", '->', repr(math.sqrt(float('inf'))))
except Exception as e:
    print("math.sqrt(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.sqrt(float('-inf'))", '->', repr(math.sqrt(float('-inf'))))
except Exception as e:
    print("math.sqrt(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.sqrt(float('nan'))", '->', repr(math.sqrt(float('nan'))))
except Exception as e:
    print("math.sqrt(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.sqrt(True)', '->', repr(math.sqrt(True)))
except Exception as e:
    print('math.sqrt(True)', '->', type(e).__name__ + ':', e)
try:
    print('math.exp(0)', '->', repr(math.exp(0)))
except Exception as e:
    print('math.exp(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.exp(1)', '->', repr(math.exp(1)))
except Exception as e:
    print('math.exp(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.exp(-1)', '->', repr(math.exp(-1)))
except Exception as e:
    print('math.exp(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.exp(0.5)', '->', repr(math.exp(0.5)))
except Exception as e:
    print('math.exp(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.exp(-0.5)', '->', repr(math.exp(-0.5)))
except Exception as e:
    print('math.exp(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.exp(2)', '->', repr(math.exp(2)))
except Exception as e:
    print('math.exp(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.exp(10)', '->', repr(math.exp(10)))
except Exception as e:
    print('math.exp(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.exp(1e-12)', '->', repr(math.exp(1e-12)))
except Exception as e:
    print('math.exp(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.exp(1e10)', '->', repr(math.exp(1e10)))
except Exception as e:
    print('math.exp(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.exp(-1e10)', '->', repr(math.exp(-1e10)))
except Exception as e:
    print('math.exp(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.exp(3.5)', '->', repr(math.exp(3.5)))
except Exception as e:
    print('math.exp(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.exp(math.pi)', '->', repr(math.exp(math.pi)))
except Exception as e:
    print('math.exp(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.exp(math.e)', '->', repr(math.exp(math.e)))
except Exception as e:
    print('math.exp(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.exp(-0.0)', '->', repr(math.exp(-0.0)))
except Exception as e:
    print('math.exp(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.exp(float('inf'))", '->', repr(math.exp(float('inf'))))
except Exception as e:
    print("math.exp(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.exp(float('-inf'))", '->', repr(math.exp(float('-inf'))))
except Exception as e:
    print("math.exp(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.exp(float('nan'))", '->', repr(math.exp(float('nan'))))
except Exception as e:
    print("math.exp(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.exp(True)', '->', repr(math.exp(True)))
except Exception as e:
    print('math.exp(True)', '->', type(e).__name__ + ':', e)
