# Generated: math functions of two arguments.
import math
try:
    print('math.hypot(2, 3)', '->', repr(math.hypot(2, 3)))
except Exception as e:
    print('math.hypot(2, 3)', '->', type(e).__name__ + ':', e)
try:
    print('math.hypot(-2, 0.5)', '->', repr(math.hypot(-2, 0.5)))
except Exception as e:
    print('math.hypot(-2, 0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.hypot(0, 0)', '->', repr(math.hypot(0, 0)))
except Exception as e:
    print('math.hypot(0, 0)', '->', type(e).__name__ + ':', e)
try:
    print('math.hypot(1, -1)', '->', repr(math.hypot(1, -1)))
except Exception as e:
    print('math.hypot(1, -1)', '->', type(e).__name__ + ':', e)
try:
    print('math.hypot(10, 4)', '->', repr(math.hypot(10, 4)))
except Exception as e:
    print('math.hypot(10, 4)', '->', type(e).__name__ + ':', e)
try:
    print('math.hypot(-7, 2)', '->', repr(math.hypot(-7, 2)))
except Exception as e:
    print('math.hypot(-7, 2)', '->', type(e).__name__ + ':', e)
try:
    print('math.hypot(1e-9, 1e-9 + 1e-18)', '->', repr(math.hypot(1e-9, 1e-9 + 1e-18)))
except Exception as e:
    print('math.hypot(1e-9, 1e-9 + 1e-18)', '->', type(e).__name__ + ':', e)
try:
    print("math.hypot(float('inf'), 2)", '->', repr(math.hypot(float('inf'), 2)))
except Exception as e:
    print("math.hypot(float('inf'), 2)", '->', type(e).__name__ + ':', e)
try:
    print('math.hypot(3.0, 4.0)', '->', repr(math.hypot(3.0, 4.0)))
except Exception as e:
    print('math.hypot(3.0, 4.0)', '->', type(e).__name__ + ':', e)
try:
    print('math.hypot(12, 18)', '->', repr(math.hypot(12, 18)))
except Exception as e:
    print('math.hypot(12, 18)', '->', type(e).__name__ + ':', e)
try:
    print('math.hypot(0.1 + 0.2, 0.3)', '->', repr(math.hypot(0.1 + 0.2, 0.3)))
except Exception as e:
    print('math.hypot(0.1 + 0.2, 0.3)', '->', type(e).__name__ + ':', e)
try:
    print('math.hypot(2, 0)', '->', repr(math.hypot(2, 0)))
except Exception as e:
    print('math.hypot(2, 0)', '->', type(e).__name__ + ':', e)
try:
    print('math.fmod(2, 3)', '->', repr(math.fmod(2, 3)))
except Exception as e:
    print('math.fmod(2, 3)', '->', type(e).__name__ + ':', e)
try:
    print('math.fmod(-2, 0.5)', '->', repr(math.fmod(-2, 0.5)))
except Exception as e:
    print('math.fmod(-2, 0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.fmod(0, 0)', '->', repr(math.fmod(0, 0)))
except Exception as e:
    print('math.fmod(0, 0)', '->', type(e).__name__ + ':', e)
try:
    print('math.fmod(1, -1)', '->', repr(math.fmod(1, -1)))
except Exception as e:
    print('math.fmod(1, -1)', '->', type(e).__name__ + ':', e)
try:
    print('math.fmod(10, 4)', '->', repr(math.fmod(10, 4)))
except Exception as e:
    print('math.fmod(10, 4)', '->', type(e).__name__ + ':', e)
try:
    print('math.fmod(-7, 2)', '->', repr(math.fmod(-7, 2)))
except Exception as e:
    print('math.fmod(-7, 2)', '->', type(e).__name__ + ':', e)
try:
    print('math.fmod(1e-9, 1e-9 + 1e-18)', '->', repr(math.fmod(1e-9, 1e-9 + 1e-18)))
except Exception as e:
    print('math.fmod(1e-9, 1e-9 + 1e-18)', '->', type(e).__name__ + ':', e)
try:
    print("math.fmod(float('inf'), 2)", '->', repr(math.fmod(float('inf'), 2)))
except Exception as e:
    print("math.fmod(float('inf'), 2)", '->', type(e).__name__ + ':', e)
try:
    print('math.fmod(3.0, 4.0)', '->', repr(math.fmod(3.0, 4.0)))
except Exception as e:
    print('math.fmod(3.0, 4.0)', '->', type(e).__name__ + ':', e)
try:
    print('math.fmod(12, 18)', '->', repr(math.fmod(12, 18)))
except Exception as e:
    print('math.fmod(12, 18)', '->', type(e).__name__ + ':', e)
try:
    print('math.fmod(0.1 + 0.2, 0.3)', '->', repr(math.fmod(0.1 + 0.2, 0.3)))
except Exception as e:
    print('math.fmod(0.1 + 0.2, 0.3)', '->', type(e).__name__ + ':', e)
try:
    print('math.fmod(2, 0)', '->', repr(math.fmod(2, 0)))
except Exception as e:
    print('math.fmod(2, 0)', '->', type(e).__name__ + ':', e)
