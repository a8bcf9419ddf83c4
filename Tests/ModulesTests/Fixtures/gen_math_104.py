# Generated: math functions of two arguments.
import math
try:
    print('math.log(2, 3)', '->', repr(math.log(2, 3)))
except Exception as e:
    print('math.log(2, 3)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(-2, 0.5)', '->', repr(math.log(-2, 0.5)))
except Exception as e:
    print('math.log(-2, 0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(0, 0)', '->', repr(math.log(0, 0)))
except Exception as e:
    print('math.log(0, 0)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(1, -1)', '->', repr(math.log(1, -1)))
except Exception as e:
    print('math.log(1, -1)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(10, 4)', '->', repr(math.log(10, 4)))
except Exception as e:
    print('math.log(10, 4)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(-7, 2)', '->', repr(math.log(-7, 2)))
except Exception as e:
    print('math.log(-7, 2)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(1e-9, 1e-9 + 1e-18)', '->', repr(math.log(1e-9, 1e-9 + 1e-18)))
except Exception as e:
    print('math.log(1e-9, 1e-9 + 1e-18)', '->', type(e).__name__ + ':', e)
try:
    print("math.log(float('inf'), 2)", '->', repr(math.log(float('inf'), 2)))
except Exception as e:
    print("math.log(float('inf'), 2)", '->', type(e).__name__ + ':', e)
try:
    print('math.log(3.0, 4.0)', '->', repr(math.log(3.0, 4.0)))
except Exception as e:
    print('math.log(3.0, 4.0)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(12, 18)', '->', repr(math.log(12, 18)))
except Exception as e:
    print('math.log(12, 18)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(0.1 + 0.2, 0.3)', '->', repr(math.log(0.1 + 0.2, 0.3)))
except Exception as e:
    print('math.log(0.1 + 0.2, 0.3)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(2, 0)', '->', repr(math.log(2, 0)))
except Exception as e:
    print('math.log(2, 0)', '->', type(e).__name__ + ':', e)
try:
    print('math.ldexp(2, 3)', '->', repr(math.ldexp(2, 3)))
except Exception as e:
    print('math.ldexp(2, 3)', '->', type(e).__name__ + ':', e)
try:
    print('math.ldexp(-2, 0.5)', '->', repr(math.ldexp(-2, 0.5)))
except Exception as e:
    print('math.ldexp(-2, 0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.ldexp(0, 0)', '->', repr(math.ldexp(0, 0)))
except Exception as e:
    print('math.ldexp(0, 0)', '->', type(e).__name__ + ':', e)
try:
    print('math.ldexp(1, -1)', '->', repr(math.ldexp(1, -1)))
except Exception as e:
    print('math.ldexp(1, -1)', '->', type(e).__name__ + ':', e)
try:
    print('math.ldexp(10, 4)', '->', repr(math.ldexp(10, 4)))
except Exception as e:
    print('math.ldexp(10, 4)', '->', type(e).__name__ + ':', e)
try:
    print('math.ldexp(-7, 2)', '->', repr(math.ldexp(-7, 2)))
except Exception as e:
    print('math.ldexp(-7, 2)', '->', type(e).__name__ + ':', e)
try:
    print('math.ldexp(1e-9, 1e-9 + 1e-18)', '->', repr(math.ldexp(1e-9, 1e-9 + 1e-18)))
except Exception as e:
    print('math.ldexp(1e-9, 1e-9 + 1e-18)', '->', type(e).__name__ + ':', e)
try:
    print("math.ldexp(float('inf'), 2)", '->', repr(math.ldexp(float('inf'), 2)))
except Exception as e:
    print("math.ldexp(float('inf'), 2)", '->', type(e).__name__ + ':', e)
try:
    print('math.ldexp(3.0, 4.0)', '->', repr(math.ldexp(3.0, 4.0)))
except Exception as e:
    print('math.ldexp(3.0, 4.0)', '->', type(e).__name__ + ':', e)
try:
    print('math.ldexp(12, 18)', '->', repr(math.ldexp(12, 18)))
except Exception as e:
    print('math.ldexp(12, 18)', '->', type(e).__name__ + ':', e)
try:
    print('math.ldexp(0.1 + 0.2, 0.3)', '->', repr(math.ldexp(0.1 + 0.2, 0.3)))
except Exception as e:
    print('math.ldexp(0.1 + 0.2, 0.3)', '->', type(e).__name__ + ':', e)
try:
    print('math.ldexp(2, 0)', '->', repr(math.ldexp(2, 0)))
except Exception as e:
    print('math.ldexp(2, 0)', '->', type(e).__name__ + ':', e)
