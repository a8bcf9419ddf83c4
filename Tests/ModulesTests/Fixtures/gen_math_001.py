# Generated: math functions over many values.
import math
try:
    print('math.log(0)', '->', repr(math.log(0)))
except Exception as e:
    print('math.log(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(1)', '->', repr(math.log(1)))
except Exception as e:
    print('math.log(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(-1)', '->', repr(math.log(-1)))
except Exception as e:
    print('math.log(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(0.5)', '->', repr(math.log(0.5)))
except Exception as e:
    print('math.log(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(-0.5)', '->', repr(math.log(-0.5)))
except Exception as e:
    print('math.log(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(2)', '->', repr(math.log(2)))
except Exception as e:
    print('math.log(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(10)', '->', repr(math.log(10)))
except Exception as e:
    print('math.log(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(1e-12)', '->', repr(math.log(1e-12)))
except Exception as e:
    print('math.log(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(1e10)', '->', repr(math.log(1e10)))
except Exception as e:
    print('math.log(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(-1e10)', '->', repr(math.log(-1e10)))
except Exception as e:
    print('math.log(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(3.5)', '->', repr(math.log(3.5)))
except Exception as e:
    print('math.log(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(math.pi)', '->', repr(math.log(math.pi)))
except Exception as e:
    print('math.log(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(math.e)', '->', repr(math.log(math.e)))
except Exception as e:
    print('math.log(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(-0.0)', '->', repr(math.log(-0.0)))
except Exception as e:
    print('math.log(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.log(float('inf'))", '->', repr(math.log(float('inf'))))
except Exception as e:
    print("math.log(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.log(float('-inf'))", '->', repr(math.log(float('-inf'))))
except Exception as e:
    print("math.log(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.log(float('nan'))", '->', repr(math.log(float('nan'))))
except Exception as e:
    print("math.log(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.log(True)', '->', repr(math.log(True)))
except Exception as e:
    print('math.log(True)', '->', type(e).__name__ + ':', e)
try:
    print('math.log10(0)', '->', repr(math.log10(0)))
except Exception as e:
    print('math.log10(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.log10(1)', '->', repr(math.log10(1)))
except Exception as e:
    print('math.log10(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.log10(-1)', '->', repr(math.log10(-1)))
except Exception as e:
    print('math.log10(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.log10(0.5)', '->', repr(math.log10(0.5)))
except Exception as e:
    print('math.log10(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.log10(-0.5)', '->', repr(math.log10(-0.5)))
except Exception as e:
    print('math.log10(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.log10(2)', '->', repr(math.log10(2)))
except Exception as e:
    print('math.log10(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.log10(10)', '->', repr(math.log10(10)))
except Exception as e:
    print('math.log10(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.log10(1e-12)', '->', repr(math.log10(1e-12)))
except Exception as e:
    print('math.log10(1e-12)', '->', type(e).__name__ + ':', e)
try:
    print('math.log10(1e10)', '->', repr(math.log10(1e10)))
except Exception as e:
    print('math.log10(1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.log10(-1e10)', '->', repr(math.log10(-1e10)))
except Exception as e:
    print('math.log10(-1e10)', '->', type(e).__name__ + ':', e)
try:
    print('math.log10(3.5)', '->', repr(math.log10(3.5)))
except Exception as e:
    print('math.log10(3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.log10(math.pi)', '->', repr(math.log10(math.pi)))
except Exception as e:
    print('math.log10(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.log10(math.e)', '->', repr(math.log10(math.e)))
except Exception as e:
    print('math.log10(math.e)', '->', type(e).__name__ + ':', e)
try:
    print('math.log10(-0.0)', '->', repr(math.log10(-0.0)))
except Exception as e:
    print('math.log10(-0.0)', '->', type(e).__name__ + ':', e)
try:
    print("math.log10(float('inf'))", '->', repr(math.log10(float('inf'))))
except Exception as e:
    print("math.log10(float('inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.log10(float('-inf'))", '->', repr(math.log10(float('-inf'))))
except Exception as e:
    print("math.log10(float('-inf'))", '->', type(e).__name__ + ':', e)
try:
    print("math.log10(float('nan'))", '->', repr(math.log10(float('nan'))))
except Exception as e:
    print("math.log10(float('nan'))", '->', type(e).__name__ + ':', e)
try:
    print('math.log10(True)', '->', repr(math.log10(True)))
except Exception as e:
    print('math.log10(True)', '->', type(e).__name__ + ':', e)
