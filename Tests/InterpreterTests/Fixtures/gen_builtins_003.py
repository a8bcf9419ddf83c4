# Generated: builtins and list operations on one list.
try:
    print('sorted([True, False, True])', '->', repr(sorted([True, False, True])))
except Exception as e:
    print('sorted([True, False, True])', '->', type(e).__name__ + ':', e)
try:
    print('sorted([True, False, True], reverse=True)', '->', repr(sorted([True, False, True], reverse=True)))
except Exception as e:
    print('sorted([True, False, True], reverse=True)', '->', type(e).__name__ + ':', e)
try:
    print('sorted([True, False, True], key=lambda v: -v)', '->', repr(sorted([True, False, True], key=lambda v: -v)))
except Exception as e:
    print('sorted([True, False, True], key=lambda v: -v)', '->', type(e).__name__ + ':', e)
try:
    print('min([True, False, True])', '->', repr(min([True, False, True])))
except Exception as e:
    print('min([True, False, True])', '->', type(e).__name__ + ':', e)
try:
    print('max([True, False, True])', '->', repr(max([True, False, True])))
except Exception as e:
    print('max([True, False, True])', '->', type(e).__name__ + ':', e)
try:
    print('sum([True, False, True])', '->', repr(sum([True, False, True])))
except Exception as e:
    print('sum([True, False, True])', '->', type(e).__name__ + ':', e)
try:
    print('len([True, False, True])', '->', repr(len([True, False, True])))
except Exception as e:
    print('len([True, False, True])', '->', type(e).__name__ + ':', e)
try:
    print('list(reversed([True, False, True]))', '->', repr(list(reversed([True, False, True]))))
except Exception as e:
    print('list(reversed([True, False, True]))', '->', type(e).__name__ + ':', e)
try:
    print('list(enumerate([True, False, True]))', '->', repr(list(enumerate([True, False, True]))))
except Exception as e:
    print('list(enumerate([True, False, True]))', '->', type(e).__name__ + ':', e)
try:
    print('list(zip([True, False, True], [True, False, True][1:]))', '->', repr(list(zip([True, False, True], [True, False, True][1:]))))
except Exception as e:
    print('list(zip([True, False, True], [True, False, True][1:]))', '->', type(e).__name__ + ':', e)
try:
    print('list(map(lambda v: v * 2, [True, False, True]))', '->', repr(list(map(lambda v: v * 2, [True, False, True]))))
except Exception as e:
    print('list(map(lambda v: v * 2, [True, False, True]))', '->', type(e).__name__ + ':', e)
try:
    print('list(filter(None, [True, False, True]))', '->', repr(list(filter(None, [True, False, True]))))
except Exception as e:
    print('list(filter(None, [True, False, True]))', '->', type(e).__name__ + ':', e)
try:
    print('any([True, False, True])', '->', repr(any([True, False, True])))
except Exception as e:
    print('any([True, False, True])', '->', type(e).__name__ + ':', e)
try:
    print('all([True, False, True])', '->', repr(all([True, False, True])))
except Exception as e:
    print('all([True, False, True])', '->', type(e).__name__ + ':', e)
try:
    print('min([True, False, True], default=0)', '->', repr(min([True, False, True], default=0)))
except Exception as e:
    print('min([True, False, True], default=0)', '->', type(e).__name__ + ':', e)
try:
    print('max([True, False, True], key=abs)', '->', repr(max([True, False, True], key=abs)))
except Exception as e:
    print('max([True, False, True], key=abs)', '->', type(e).__name__ + ':', e)
try:
    print('sum([True, False, True], 10)', '->', repr(sum([True, False, True], 10)))
except Exception as e:
    print('sum([True, False, True], 10)', '->', type(e).__name__ + ':', e)
try:
    print('tuple([True, False, True])', '->', repr(tuple([True, False, True])))
except Exception as e:
    print('tuple([True, False, True])', '->', type(e).__name__ + ':', e)
try:
    print('set([True, False, True]) == set([True, False, True])', '->', repr(set([True, False, True]) == set([True, False, True])))
except Exception as e:
    print('set([True, False, True]) == set([True, False, True])', '->', type(e).__name__ + ':', e)
try:
    print('[True, False, True].index([True, False, True][0])', '->', repr([True, False, True].index([True, False, True][0])))
except Exception as e:
    print('[True, False, True].index([True, False, True][0])', '->', type(e).__name__ + ':', e)
try:
    print('[True, False, True].count([True, False, True][0])', '->', repr([True, False, True].count([True, False, True][0])))
except Exception as e:
    print('[True, False, True].count([True, False, True][0])', '->', type(e).__name__ + ':', e)
try:
    print('[v for v in [True, False, True] if v > 0]', '->', repr([v for v in [True, False, True] if v > 0]))
except Exception as e:
    print('[v for v in [True, False, True] if v > 0]', '->', type(e).__name__ + ':', e)
try:
    print('{v: v * v for v in [True, False, True]}', '->', repr({v: v * v for v in [True, False, True]}))
except Exception as e:
    print('{v: v * v for v in [True, False, True]}', '->', type(e).__name__ + ':', e)
try:
    print('sum(v * v for v in [True, False, True])', '->', repr(sum(v * v for v in [True, False, True])))
except Exception as e:
    print('sum(v * v for v in [True, False, True])', '->', type(e).__name__ + ':', e)
try:
    print('list(range(len([True, False, True])))', '->', repr(list(range(len([True, False, True])))))
except Exception as e:
    print('list(range(len([True, False, True])))', '->', type(e).__name__ + ':', e)
try:
    print('sorted([True, False, True])[::2]', '->', repr(sorted([True, False, True])[::2]))
except Exception as e:
    print('sorted([True, False, True])[::2]', '->', type(e).__name__ + ':', e)
try:
    print('[True, False, True] + [True, False, True]', '->', repr([True, False, True] + [True, False, True]))
except Exception as e:
    print('[True, False, True] + [True, False, True]', '->', type(e).__name__ + ':', e)
try:
    print('[True, False, True] * 2', '->', repr([True, False, True] * 2))
except Exception as e:
    print('[True, False, True] * 2', '->', type(e).__name__ + ':', e)
try:
    print('[True, False, True][::-1]', '->', repr([True, False, True][::-1]))
except Exception as e:
    print('[True, False, True][::-1]', '->', type(e).__name__ + ':', e)
