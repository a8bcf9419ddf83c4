# Generated: math functions of two arguments.
import math
try:
    print('math.gcd(2, 3)', '->', repr(math.gcd(2, 3)))
except Exception as e:
    print('math.gcd(2, 3)', '->', type(e).__name__ + ':', e)
try:
    print('math.gcd(0, 0)', '->', repr(math.gcd(0, 0)))
except Exception as e:
    print('math.gcd(0, 0)', '->', type(e).__name__ + ':', e)
try:
    print('math.gcd(1, -1)', '->', repr(math.gcd(1, -1)))
except Exception as e:
    print('math.gcd(1, -1)', '->', type(e).__name__ + ':', e)
try:
    print('math.gcd(10, 4)', '->', repr(math.gcd(10, 4)))
except Exception as e:
    print('math.gcd(10, 4)', '->', type(e).__name__ + ':', e)
try:
    print('math.gcd(-7, 2)', '->', repr(math.gcd(-7, 2)))
except Exception as e:
    print('math.gcd(-7, 2)', '->', type(e).__name__ + ':', e)
try:
    print('math.gcd(12, 18)', '->', repr(math.gcd(12, 18)))
except Exception as e:
    print('math.gcd(12, 18)', '->', type(e).__name__ + ':', e)
try:
    print('math.gcd(2, 0)', '->', repr(math.gcd(2, 0)))
except Exception as e:
    print('math.gcd(2, 0)', '->', type(e).__name__ + ':', e)
try:
    print('math.remainder(2, 3)', '->', repr(math.remainder(2, 3)))
except Exception as e:
    print('math.remainder(2, 3)', '->', type(e).__name__ + ':', e)
try:
    print('math.remainder(-2, 0.5)', '->', repr(math.remainder(-2, 0.5)))
except Exception as e:
    print('math.remainder(-2, 0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.remainder(0, 0)', '->', repr(math.remainder(0, 0)))
except Exception as e:
    print('math.remainder(0, 0)', '->', type(e).__name__ + ':', e)
try:
    print('math.remainder(1, -1)', '->', repr(math.remainder(1, -1)))
except Exception as e:
    print('math.remainder(1, -1)', '->', type(e).__name__ + ':', e)
try:
    print('math.remainder(10, 4)', '->', repr(math.remainder(10, 4)))
except Exception as e:
    print('math.remainder(10, 4)', '->', type(e).__name__ + ':', e)
try:
    print('math.remainder(-7, 2)', '->', repr(math.remainder(-7, 2)))
except Exception as e:
    print('math.remainder(-7, 2)', '->', type(e).__name__ + ':', e)
try:
    print('math.remainder(1e-9, 1e-9 + 1e-18)', '->', repr(math.remainder(1e-9, 1e-9 + 1e-18)))
except Exception as e:
    print('math.remainder(1e-9, 1e-9 + 1e-18)', '->', type(e).__name__ + ':', e)
try:
    print("math.remainder(float('inf'), 2)", '->', repr(math.remainder(float('inf'), 2)))
except Exception as e:
    print("math.remainder(float('inf'), 2)", '->', type(e).__name__ + ':', e)
try:
    print('math.remainder(3.0, 4.0)', '->', repr(math.remainder(3.0, 4.0)))
except Exception as e:
    print('math.remainder(3.0, 4.0)', '->', type(e).__name__ + ':', e)
try:
    print('math.remainder(12, 18)', '->', repr(math.remainder(12, 18)))
except Exception as e:
    print('math.remainder(12, 18)', '->', type(e).__name__ + ':', e)
try:
    print('math.remainder(0.1 + 0.2, 0.3)', '->', repr(math.remainder(0.1 + 0.2, 0.3)))
except Exception as e:
    print('math.remainder(0.1 + 0.2, 0.3)', '->', type(e).__name__ + ':', e)
try:
    print('math.remainder(2, 0)', '->', repr(math.remainder(2, 0)))
except Exception as e:
    print('math.remainder(2, 0)', '->', type(e).__name__ + ':', e)
