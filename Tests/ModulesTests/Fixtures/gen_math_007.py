# Generated: math functions over many values.
import math
try:
    print('math.tanh(0)', '->', repr(math.tanh(0)))
except Exception as e:
    print('math.tanh(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.tanh(1)', '->', repr(math.tanh(1)))
except Exception as e:
    print('math.tanh(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.tanh(-1)', '->', repr(math.tanh(-1)))
except Exception as e:
    print('math.tanh(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.tanh(0.5)', '->', repr(math.tanh(0.5)))
except Exception as e:
    print('math.tanh(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.tanh(-0.5)', '->', repr(math.tanh(-0.5)))
except Exception as e:
    print('math.tanh(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.tanh(2)', '->', repr(math.tanh(2)))
except Exception as e:
    print('math.tanh(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.tanh(10)', '->', repr(math.tanh(10)))
except Exception as e:
    print('math.tanh(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.tanh(1e-12)', '->', repr(math.tanh(1e-12)))
except Exception as e:
    print('math.tanh(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.tanh(1e10)', '->', repr(math.tanh(1e10)))
except Exception as e:
    print('math.tanh(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.tanh(-1e10)', '->', repr(math.tanh(-1e10)))
except Exception as e:
    print('math.tanh(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.tanh(3.5)', '->', repr(math.tanh(3.5)))
except Exception as e:
    print('math.tanh(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.tanh(math.pi)', '->', repr(math.tanh(math.pi)))
except Exception as e:
    print('math.tanh(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.tanh(math.e)', '->', repr(math.tanh(math.e)))
except Exception as e:
    print('math.tanh(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.tanh(-0.0)', '->', repr(math.tanh(-0.0)))
except Exception as e:
    print('math.tanh(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.tanh(float('inf'))", '->', repr(math.tanh(float('inf'))))
except Exception as e:
    print("math.tanh(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.tanh(float('-inf'))", '->', repr(math.tanh(float('-inf'))))
except Exception as e:
    print("math.tanh(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.tanh(float('nan'))", '->', repr(math.tanh(float('nan'))))
except Exception as e:
    print("math.tanh(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.tanh(True)', '->', repr(math.tanh(True)))
except Exception as e:
    print('math.tanh(True)', '->', type(e).__name__ + ':', e)
try:
    print('math.degrees(0)', '->', repr(math.degrees(0)))
except Exception as e:
    print('math.degrees(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.degrees(1)', '->', repr(math.degrees(1)))
except Exception as e:
    print('math.degrees(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.degrees(-1)', '->', repr(math.degrees(-1)))
except Exception as e:
    print('math.degrees(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.degrees(0.5)', '->', repr(math.degrees(0.5)))
except Exception as e:
    print('math.degrees(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.degrees(-0.5)', '->', repr(math.degrees(-0.5)))
except Exception as e:
    print('math.degrees(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.degrees(2)', '->', repr(math.degrees(2)))
except Exception as e:
    print('math.degrees(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.degrees(10)', '->', repr(math.degrees(10)))
except Exception as e:
    print('math.degrees(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.degrees(1e-12)', '->', repr(math.degrees(1e-12)))
except Exception as e:
    print('math.degrees(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.degrees(1e10)', '->', repr(math.degrees(1e10)))
except Exception as e:
    print('math.degrees(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.degrees(-1e10)', '->', repr(math.degrees(-1e10)))
except Exception as e:
    print('math.degrees(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.degrees(3.5)', '->', repr(math.degrees(3.5)))
except Exception as e:
    print('math.degrees(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.degrees(math.pi)', '->', repr(math.degrees(math.pi)))
except Exception as e:
    print('math.degrees(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.degrees(math.e)', '->', repr(math.degrees(math.e)))
except Exception as e:
    print('math.degrees(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.degrees(-0.0)', '->', repr(math.degrees(-0.0)))
except Exception as e:
    print('math.degrees(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.degrees(float('inf'))", '->', repr(math.degrees(float('inf'))))
except Exception as e:
    print("math.degrees(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.degrees(float('-inf'))", '->', repr(math.degrees(float('-inf'))))
except Exception as e:
    print("math.degrees(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.degrees(float('nan'))", '->', repr(math.degrees(float('nan'))))
except Exception as e:
    print("math.degrees(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.degrees(True)', '->', repr(math.degrees(True)))
except Exception as e:
    print('math.degrees(True)', '->', type(e).__name__ + ':', e)
