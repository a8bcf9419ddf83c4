# Generated: math functions of two arguments.
import math
try:
    print('math.pow(2, 3)', '->', repr(math.pow(2, 3)))
except Exception as e:
    print('math.pow(2, 3)', '->', type(e).__name__ + ':', e)
try:
    print('math.pow(-2, 0.5)', '->', repr(math.pow(-2, 0.5)))
except Exception as e:
    print('math.pow(-2, 0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.pow(0, 0)', '->', repr(math.pow(0, 0)))
except Exception as e:
    print('math.pow(0, 0)', '->', type(e).__name__ + ':', e)
try:
    print('math.pow(1, -1)', '->', repr(math.pow(1, -1)))
except Exception as e:
    print('math.pow(1, -1)', '->', type(e).__name__ + ':', e)
try:
    print('math.pow(10, 4)', '->', repr(math.pow(10, 4)))
except Exception as e:
    print('math.pow(10, 4)', '->', type(e).__name__ + ':', e)
try:
    print('math.pow(-7, 2)', '->', repr(math.pow(-7, 2)))
except Exception as e:
    print('math.pow(-7, 2)', '->', type(e).__name__ + ':', e)
try:
    print('math.pow(1e-9, 1e-9 + 1e-18)', '->', repr(math.pow(1e-9, 1e-9 + 1e-18)))
except Exception as e:
    print('math.pow(1e-9, 1e-9 + 1e-18)', '->', type(e).__name__ + ':', e)
try:
    print("math.pow(float('inf'), 2)", '->', repr(math.pow(float('inf'), 2)))
except Exception as e:
    print("math.pow(float('inf'), 2)", '->', type(e).__name__ + ':', e)
try:
    print('math.pow(3.0, 4.0)', '->', repr(math.pow(3.0, 4.0)))
except Exception as e:
    print('math.pow(3.0, 4.0)', '->', type(e).__name__ + ':', e)
try:
    print('math.pow(12, 18)', '->', repr(math.pow(12, 18)))
except Exception as e:
    print('math.pow(12, 18)', '->', type(e).__name__ + ':', e)
try:
    print('math.pow(0.1 + 0.2, 0.3)', '->', repr(math.pow(0.1 + 0.2, 0.3)))
except Exception as e:
    print('math.pow(0.1 + 0.2, 0.3)', '->', type(e).__name__ + ':', e)
try:
    print('math.pow(2, 0)', '->', repr(math.pow(2, 0)))
except Exception as e:
    print('math.pow(2, 0)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan2(2, 3)', '->', repr(math.atan2(2, 3)))
except Exception as e:
    print('math.atan2(2, 3)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan2(-2, 0.5)', '->', repr(math.atan2(-2, 0.5)))
except Exception as e:
    print('math.atan2(-2, 0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan2(0, 0)', '->', repr(math.atan2(0, 0)))
except Exception as e:
    print('math.atan2(0, 0)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan2(1, -1)', '->', repr(math.atan2(1, -1)))
except Exception as e:
    print('math.atan2(1, -1)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan2(10, 4)', '->', repr(math.atan2(10, 4)))
except Exception as e:
    print('math.atan2(10, 4)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan2(-7, 2)', '->', repr(math.atan2(-7, 2)))
except Exception as e:
    print('math.atan2(-7, 2)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan2(1e-9, 1e-9 + 1e-18)', '->', repr(math.atan2(1e-9, 1e-9 + 1e-18)))
except Exception as e:
    print('math.atan2(1e-9, 1e-9 + 1e-18)', '->', type(e).__name__ + ':', e)
try:
    print("math.atan2(float('inf'), 2)", '->', repr(math.atan2(float('inf'), 2)))
except Exception as e:
    print("math.atan2(float('inf'), 2)", '->', type(e).__name__ + ':', e)
try:
    print('math.atan2(3.0, 4.0)', '->', repr(math.atan2(3.0, 4.0)))
except Exception as e:
    print('math.atan2(3.0, 4.0)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan2(12, 18)', '->', repr(math.atan2(12, 18)))
except Exception as e:
    print('math.atan2(12, 18)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan2(0.1 + 0.2, 0.3)', '->', repr(math.atan2(0.1 + 0.2, 0.3)))
except Exception as e:
    print('math.atan2(0.1 + 0.2, 0.3)', '->', type(e).__name__ + ':', e)
try:
    print('math.atan2(2, 0)', '->', repr(math.atan2(2, 0)))
except Exception as e:
    print('math.atan2(2, 0)', '->', type(e).__name__ + ':', e)
