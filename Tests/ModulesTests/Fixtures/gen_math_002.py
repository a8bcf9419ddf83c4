# Generated: math functions over many values.
import math
try:
    print('math.log2(0)', '->', repr(math.log2(0)))
except Exception as e:
    print('math.log2(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.log2(1)', '->', repr(math.log2(1)))
except Exception as e:
    print('math.log2(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.log2(-1)', '->', repr(math.log2(-1)))
except Exception as e:
    print('math.log2(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.log2(0.5)', '->', repr(math.log2(0.5)))
except Exception as e:
    print('math.log2(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.log2(-0.5)', '->', repr(math.log2(-0.5)))
except Exception as e:
    print('math.log2(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.log2(2)', '->', repr(math.log2(2)))
except Exception as e:
    print('math.log2(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.log2(10)', '->', repr(math.log2(10)))
except Exception as e:
    print('math.log2(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.log2(1e-12)', '->', repr(math.log2(1e-12)))
except Exception as e:
    print('math.log2(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.log2(1e10)', '->', repr(math.log2(1e10)))
except Exception as e:
    print('math.log2(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.log2(-1e10)', '->', repr(math.log2(-1e10)))
except Exception as e:
    print('math.log2(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.log2(3.5)', '->', repr(math.log2(3.5)))
except Exception as e:
    print('math.log2(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.log2(math.pi)', '->', repr(math.log2(math.pi)))
except Exception as e:
    print('math.log2(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.log2(math.e)', '->', repr(math.log2(math.e)))
except Exception as e:
    print('math.log2(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.log2(-0.0)', '->', repr(math.log2(-0.0)))
except Exception as e:
    print('math.log2(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.log2(float('inf'))", '->', repr(math.log2(float('inf'))))
except Exception as e:
    print("math.log2(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.log2(float('-inf'))", '->', repr(math.log2(float('-inf'))))
except Exception as e:
    print("math.log2(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.log2(float('nan'))", '->', repr(math.log2(float('nan'))))
except Exception as e:
    print("math.log2(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.log2(True)', '->', repr(math.log2(True)))
except Exception as e:
    print('math.log2(True)', '->', type(e).__name__ + ':', e)
try:
    print('math.log1p(0)', '->', repr(math.log1p(0)))
except Exception as e:
    print('math.log1p(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.log1p(1)', '->', repr(math.log1p(1)))
except Exception as e:
    print('math.log1p(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.log1p(-1)', '->', repr(math.log1p(-1)))
except Exception as e:
    print('math.log1p(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.log1p(0.5)', '->', repr(math.log1p(0.5)))
except Exception as e:
    print('math.log1p(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.log1p(-0.5)', '->', repr(math.log1p(-0.5)))
except Exception as e:
    print('math.log1p(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.log1p(2)', '->', repr(math.log1p(2)))
except Exception as e:
    print('math.log1p(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.log1p(10)', '->', repr(math.log1p(10)))
except Exception as e:
    print('math.log1p(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.log1p(1e-12)', '->', repr(math.log1p(1e-12)))
except Exception as e:
    print('math.log1p(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.log1p(1e10)', '->', repr(math.log1p(1e10)))
except Exception as e:
    print('math.log1p(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.log1p(-1e10)', '->', repr(math.log1p(-1e10)))
except Exception as e:
    print('math.log1p(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.log1p(3.5)', '->', repr(math.log1p(3.5)))
except Exception as e:
    print('math.log1p(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.log1p(math.pi)', '->', repr(math.log1p(math.pi)))
except Exception as e:
    print('math.log1p(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.log1p(math.e)', '->', repr(math.log1p(math.e)))
except Exception as e:
    print('math.log1p(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.log1p(-0.0)', '->', repr(math.log1p(-0.0)))
except Exception as e:
    print('math.log1p(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.log1p(float('inf'))", '->', repr(math.log1p(float('inf'))))
except Exception as e:
    print("math.log1p(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.log1p(float('-inf'))", '->', repr(math.log1p(float('-inf'))))
except Exception as e:
    print("math.log1p(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.log1p(float('nan'))", '->', repr(math.log1p(float('nan'))))
except Exception as e:
    print("math.log1p(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.log1p(True)', '->', repr(math.log1p(True)))
except Exception as e:
    print('math.log1p(True)', '->', type(e).__name__ + ':', e)
