# np.clip wants both a_min and a_max or neither (numpy 2's TypeError), min=/max= otherwise;
# the method's bounds default to None; out= writes in place.
import numpy as np
a=np.ones(3)
for c in ['np.clip(a)', 'np.clip(a, 2)', 'np.clip(a, a_max=2)', 'np.clip(a, max=0)', 'np.clip(a, min=2)', 'a.clip(2)', 'a.clip()', 'a.clip(max=0)', 'np.clip(a, None, None)', 'a.clip(None, None)']:
    try: print(c, eval(c))
    except Exception as e: print(c, type(e).__name__, e)
b = np.arange(6.0)
for c in ['np.clip(b, 1, None)', 'np.clip(b, None, 3)', 'np.clip(b, a_min=1, a_max=4)', 'b.clip(1, max=4)', 'b.clip(min=2)', 'np.clip(b, 1, 2, min=0)', 'b.clip(1, 3, out=b)', 'b', 'np.clip(b, 0, 2, out=b)', 'b', 'np.clip(5, 1, 3)', 'np.clip([1, 9], 2, 4)']:
    try: print(c, repr(eval(c)))
    except Exception as e: print(c, type(e).__name__, e)
