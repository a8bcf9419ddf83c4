# str indexing (one cached str per ASCII character) and f-string fields without a spec, next to
# the cases that take the general paths.
s = 'abc'
u = 'héllo'
print(s[0], s[-1], s[1] is s[1], u[1], u[-1], s[0:2], f'{s}', f'{1}', f'{2.5}', f'{True}', f'{None}', f'{s!r}', f'{3:5}|', f'{[1]}')
for bad in ['s[3]', 's[-4]', "s['a']", 'u[9]']:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
import numpy as np
print(f'{np.float64(1.5)}', f'{np.array([1, 2])}', f'{np.int64(3)}')
class P:
    def __format__(self, spec):
        return 'P' + spec
    def __str__(self):
        return 'str'
print(f'{P()}', f'{P():x}', ''.join(s[i] for i in range(3)))
