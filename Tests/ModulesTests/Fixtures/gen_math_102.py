# Generated: math functions of two arguments.
import math
try:
    print('math.copysign(2, 3)', '->', repr(math.copysign(2, 3)))
except Exception as e:
    print('math.copysign(2, 3)', '->', type(e).__name__ + ':', e)
try:
    print('math.copysign(-2, 0.5)', '->', repr(math.copysign(-2, 0.5)))
except Exception as e:
    print('math.copysign(-2, 0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.copysign(0, 0)', '->', repr(math.copysign(0, 0)))
except Exception as e:
    print('math.copysign(0, 0)', '->', type(e).__name__ + ':', e)
try:
    print('math.copysign(1, -1)', '->', repr(math.copysign(1, -1)))
except Exception as e:
    print('math.copysign(1, -1)', '->', type(e).__name__ + ':', e)
try:
    print('math.copysign(10, 4)', '->', repr(math.copysign(10, 4)))
except Exception as e:
    print('math.copysign(10, 4)', '->', type(e).__name__ + ':', e)
try:
    print('math.copysign(-7, 2)', '->', repr(math.copysign(-7, 2)))
except Exception as e:
    print('math.copysign(-7, 2)', '->', type(e).__name__ + ':', e)
try:
    print('math.copysign(1e-9, 1e-9 + 1e-18)', '->', repr(math.copysign(1e-9, 1e-9 + 1e-18)))
except Exception as e:
    print('math.copysign(1e-9, 1e-9 + 1e-18)', '->', type(e).__name__ + ':', e)
try:
    print("math.copysign(float('inf'), 2)", '->', repr(math.copysign(float('inf'), 2)))
except Exception as e:
    print("math.copysign(float('inf'), 2)", '->', type(e).__name__ + ':', e)
try:
    print('math.copysign(3.0, 4.0)', '->', repr(math.copysign(3.0, 4.0)))
except Exception as e:
    print('math.copysign(3.0, 4.0)', '->', type(e).__name__ + ':', e)
try:
    print('math.copysign(12, 18)', '->', repr(math.copysign(12, 18)))
except Exception as e:
    print('math.copysign(12, 18)', '->', type(e).__name__ + ':', e)
try:
    print('math.copysign(0.1 + 0.2, 0.3)', '->', repr(math.copysign(0.1 + 0.2, 0.3)))
except Exception as e:
    print('math.copysign(0.1 + 0.2, 0.3)', '->', type(e).__name__ + ':', e)
try:
    print('math.copysign(2, 0)', '->', repr(math.copysign(2, 0)))
except Exception as e:
    print('math.copysign(2, 0)', '->', type(e).__name__ + ':', e)
try:
    print('math.isclose(2, 3)', '->', repr(math.isclose(2, 3)))
except Exception as e:
    print('math.isclose(2, 3)', '->', type(e).__name__ + ':', e)
try:
    print('math.isclose(-2, 0.5)', '->', repr(math.isclose(-2, 0.5)))
except Exception as e:
    print('math.isclose(-2, 0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.isclose(0, 0)', '->', repr(math.isclose(0, 0)))
except Exception as e:
    print('math.isclose(0, 0)', '->', type(e).__name__ + ':', e)
try:
    print('math.isclose(1, -1)', '->', repr(math.isclose(1, -1)))
except Exception as e:
    print('math.isclose(1, -1)', '->', type(e).__name__ + ':', e)
try:
    print('math.isclose(10, 4)', '->', repr(math.isclose(10, 4)))
except Exception as e:
    print('math.isclose(10, 4)', '->', type(e).__name__ + ':', e)
try:
    print('math.isclose(-7, 2)', '->', repr(math.isclose(-7, 2)))
except Exception as e:
    print('math.isclose(-7, 2)', '->', type(e).__name__ + ':', e)
try:
    print('math.isclose(1e-9, 1e-9 + 1e-18)', '->', repr(math.isclose(1e-9, 1e-9 + 1e-18)))
except Exception as e:
    print('math.isclose(1e-9, 1e-9 + 1e-18)', '->', type(e).__name__ + ':', e)
try:
    print("math.isclose(float('inf'), 2)", '->', repr(math.isclose(float('inf'), 2)))
except Exception as e:
    print("math.isclose(float('inf'), 2)", '->', type(e).__name__ + ':', e)
try:
    print('math.isclose(3.0, 4.0)', '->', repr(math.isclose(3.0, 4.0)))
except Exception as e:
    print('math.isclose(3.0, 4.0)', '->', type(e).__name__ + ':', e)
try:
    print('math.isclose(12, 18)', '->', repr(math.isclose(12, 18)))
except Exception as e:
    print('math.isclose(12, 18)', '->', type(e).__name__ + ':', e)
try:
    print('math.isclose(0.1 + 0.2, 0.3)', '->', repr(math.isclose(0.1 + 0.2, 0.3)))
except Exception as e:
    print('math.isclose(0.1 + 0.2, 0.3)', '->', type(e).__name__ + ':', e)
try:
    print('math.isclose(2, 0)', '->', repr(math.isclose(2, 0)))
except Exception as e:
    print('math.isclose(2, 0)', '->', type(e).__name__ + ':', e)
