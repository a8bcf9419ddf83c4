# Generated: every dict method on one dict.
x = {(1, 2): [3], None: 0}
try:
    r = x.get('a')
    print("get('a')", repr(r), x)
except Exception as e:
    print("get('a')", type(e).__name__ + ':', e, x)
x = {(1, 2): [3], None: 0}
try:
    r = x.get('z', 0)
    print("get('z', 0)", repr(r), x)
except Exception as e:
    print("get('z', 0)", type(e).__name__ + ':', e, x)
x = {(1, 2): [3], None: 0}
try:
    r = x.get(1)
    print('get(1)', repr(r), x)
except Exception as e:
    print('get(1)', type(e).__name__ + ':', e, x)
x = {(1, 2): [3], None: 0}
try:
    r = x.pop('a')
    print("pop('a')", repr(r), x)
except Exception as e:
    print("pop('a')", type(e).__name__ + ':', e, x)
x = {(1, 2): [3], None: 0}
try:
    r = x.pop('z', None)
    print("pop('z', None)", repr(r), x)
except Exception as e:
    print("pop('z', None)", type(e).__name__ + ':', e, x)
x = {(1, 2): [3], None: 0}
try:
    r = x.pop(2)
    print('pop(2)', repr(r), x)
except Exception as e:
    print('pop(2)', type(e).__name__ + ':', e, x)
x = {(1, 2): [3], None: 0}
try:
    r = x.popitem()
    print('popitem()', repr(r), x)
except Exception as e:
    print('popitem()', type(e).__name__ + ':', e, x)
x = {(1, 2): [3], None: 0}
try:
    r = x.setdefault('a', 5)
    print("setdefault('a', 5)", repr(r), x)
except Exception as e:
    print("setdefault('a', 5)", type(e).__name__ + ':', e, x)
x = {(1, 2): [3], None: 0}
try:
    r = x.setdefault('n', [])
    print("setdefault('n', [])", repr(r), x)
except Exception as e:
    print("setdefault('n', [])", type(e).__name__ + ':', e, x)
x = {(1, 2): [3], None: 0}
try:
    r = x.update({'a': 9})
    print("update({'a': 9})", repr(r), x)
except Exception as e:
    print("update({'a': 9})", type(e).__name__ + ':', e, x)
x = {(1, 2): [3], None: 0}
try:
    r = x.update(x=1)
    print('update(x=1)', repr(r), x)
except Exception as e:
    print('update(x=1)', type(e).__name__ + ':', e, x)
x = {(1, 2): [3], None: 0}
try:
    r = x.keys()
    print('keys()', repr(r), x)
except Exception as e:
    print('keys()', type(e).__name__ + ':', e, x)
x = {(1, 2): [3], None: 0}
try:
    r = x.values()
    print('values()', repr(r), x)
except Exception as e:
    print('values()', type(e).__name__ + ':', e, x)
x = {(1, 2): [3], None: 0}
try:
    r = x.items()
    print('items()', repr(r), x)
except Exception as e:
    print('items()', type(e).__name__ + ':', e, x)
x = {(1, 2): [3], None: 0}
try:
    r = x.copy()
    print('copy()', repr(r), x)
except Exception as e:
    print('copy()', type(e).__name__ + ':', e, x)
x = {(1, 2): [3], None: 0}
try:
    r = x.clear()
    print('clear()', repr(r), x)
except Exception as e:
    print('clear()', type(e).__name__ + ':', e, x)
x = {(1, 2): [3], None: 0}
try:
    r = x.__contains__(1)
    print('__contains__(1)', repr(r), x)
except Exception as e:
    print('__contains__(1)', type(e).__name__ + ':', e, x)
x = {(1, 2): [3], None: 0}
try:
    r = x.__len__()
    print('__len__()', repr(r), x)
except Exception as e:
    print('__len__()', type(e).__name__ + ':', e, x)
x = {(1, 2): [3], None: 0}
try:
    r = x.fromkeys('ab')
    print("fromkeys('ab')", repr(r), x)
except Exception as e:
    print("fromkeys('ab')", type(e).__name__ + ':', e, x)
x = {(1, 2): [3], None: 0}
try:
    r = x.fromkeys([1, 2], 0)
    print('fromkeys([1, 2], 0)', repr(r), x)
except Exception as e:
    print('fromkeys([1, 2], 0)', type(e).__name__ + ':', e, x)
