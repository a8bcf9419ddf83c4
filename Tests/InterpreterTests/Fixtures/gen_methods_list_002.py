# Generated: every list method on one list.
x = ['b', 'a', 'c', 'a']
try:
    r = x.append(9)
    print('append(9)', repr(r), x)
except Exception as e:
    print('append(9)', type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.extend([4, 5])
    print('extend([4, 5])', repr(r), x)
except Exception as e:
    print('extend([4, 5])', type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.insert(0, 'x')
    print("insert(0, 'x')", repr(r), x)
except Exception as e:
    print("insert(0, 'x')", type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.insert(-1, 'y')
    print("insert(-1, 'y')", repr(r), x)
except Exception as e:
    print("insert(-1, 'y')", type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.insert(99, 'z')
    print("insert(99, 'z')", repr(r), x)
except Exception as e:
    print("insert(99, 'z')", type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.pop()
    print('pop()', repr(r), x)
except Exception as e:
    print('pop()', type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.pop(0)
    print('pop(0)', repr(r), x)
except Exception as e:
    print('pop(0)', type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.pop(-2)
    print('pop(-2)', repr(r), x)
except Exception as e:
    print('pop(-2)', type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.remove('a')
    print("remove('a')", repr(r), x)
except Exception as e:
    print("remove('a')", type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.remove(2)
    print('remove(2)', repr(r), x)
except Exception as e:
    print('remove(2)', type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.index(1)
    print('index(1)', repr(r), x)
except Exception as e:
    print('index(1)', type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.index('a')
    print("index('a')", repr(r), x)
except Exception as e:
    print("index('a')", type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.count(1)
    print('count(1)', repr(r), x)
except Exception as e:
    print('count(1)', type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.count('a')
    print("count('a')", repr(r), x)
except Exception as e:
    print("count('a')", type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.sort()
    print('sort()', repr(r), x)
except Exception as e:
    print('sort()', type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.sort(reverse=True)
    print('sort(reverse=True)', repr(r), x)
except Exception as e:
    print('sort(reverse=True)', type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.sort(key=str)
    print('sort(key=str)', repr(r), x)
except Exception as e:
    print('sort(key=str)', type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.reverse()
    print('reverse()', repr(r), x)
except Exception as e:
    print('reverse()', type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.copy()
    print('copy()', repr(r), x)
except Exception as e:
    print('copy()', type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.clear()
    print('clear()', repr(r), x)
except Exception as e:
    print('clear()', type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.__len__()
    print('__len__()', repr(r), x)
except Exception as e:
    print('__len__()', type(e).__name__ + ':', e, x)
x = ['b', 'a', 'c', 'a']
try:
    r = x.__contains__(2)
    print('__contains__(2)', repr(r), x)
except Exception as e:
    print('__contains__(2)', type(e).__name__ + ':', e, x)
