# Generated: builtins and list operations on one list.
try:
    print('sorted([100, 1.5, -7])', '->', repr(sorted([100, 1.5, -7])))
except Exception as e:
    print('sorted([100, 1.5, -7])', '->', type(e).__name__ + ':', e)
try:
    print('sorted([100, 1.5, -7], reverse=True)', '->', repr(sorted([100, 1.5, -7], reverse=True)))
except Exception as e:
    print('sorted([100, 1.5, -7], reverse=True)', '->', type(e).__name__ + ':', e)
try:
    print('sorted([100, 1.5, -7], key=lambda v: -v)', '->', repr(sorted([100, 1.5, -7], key=lambda v: -v)))
except Exception as e:
    print('sorted([100, 1.5, -7], key=lambda v: -v)', '->', type(e).__name__ + ':', e)
try:
    print('min([100, 1.5, -7])', '->', repr(min([100, 1.5, -7])))
except Exception as e:
    print('min([100, 1.5, -7])', '->', type(e).__name__ + ':', e)
try:
    print('max([100, 1.5, -7])', '->', repr(max([100, 1.5, -7])))
except Exception as e:
    print('max([100, 1.5, -7])', '->', type(e).__name__ + ':', e)
try:
    print('sum([100, 1.5, -7])', '->', repr(sum([100, 1.5, -7])))
except Exception as e:
    print('sum([100, 1.5, -7])', '->', type(e).__name__ + ':', e)
try:
    print('len([100, 1.5, -7])', '->', repr(len([100, 1.5, -7])))
except Exception as e:
    print('len([100, 1.5, -7])', '->', type(e).__name__ + ':', e)
try:
    print('list(reversed([100, 1.5, -7]))', '->', repr(list(reversed([100, 1.5, -7]))))
except Exception as e:
    print('list(reversed([100, 1.5, -7]))', '->', type(e).__name__ + ':', e)
try:
    print('list(enumerate([100, 1.5, -7]))', '->', repr(list(enumerate([100, 1.5, -7]))))
except Exception as e:
    print('list(enumerate([100, 1.5, -7]))', '->', type(e).__name__ + ':', e)
try:
    print('list(zip([100, 1.5, -7], [100, 1.5, -7][1:]))', '->', repr(list(zip([100, 1.5, -7], [100, 1.5, -7][1:]))))
except Exception as e:
    print('list(zip([100, 1.5, -7], [100, 1.5, -7][1:]))', '->', type(e).__name__ + ':', e)
try:
    print('list(map(lambda v: v * 2, [100, 1.5, -7]))', '->', repr(list(map(lambda v: v * 2, [100, 1.5, -7]))))
except Exception as e:
    print('list(map(lambda v: v * 2, [100, 1.5, -7]))', '->', type(e).__name__ + ':', e)
try:
    print('list(filter(None, [100, 1.5, -7]))', '->', repr(list(filter(None, [100, 1.5, -7]))))
except Exception as e:
    print('list(filter(None, [100, 1.5, -7]))', '->', type(e).__name__ + ':', e)
try:
    print('any([100, 1.5, -7])', '->', repr(any([100, 1.5, -7])))
except Exception as e:
    print('any([100, 1.5, -7])', '->', type(e).__name__ + ':', e)
try:
    print('all([100, 1.5, -7])', '->', repr(all([100, 1.5, -7])))
except Exception as e:
    print('all([100, 1.5, -7])', '->', type(e).__name__ + ':', e)
try:
    print('min([100, 1.5, -7], default=0)', '->', repr(min([100, 1.5, -7], default=0)))
except Exception as e:
    print('min([100, 1.5, -7], default=0)', '->', type(e).__name__ + ':', e)
try:
    print('max([100, 1.5, -7], key=abs)', '->', repr(max([100, 1.5, -7], key=abs)))
except Exception as e:
    print('max([100, 1.5, -7], key=abs)', '->', type(e).__name__ + ':', e)
try:
    print('sum([100, 1.5, -7], 10)', '->', repr(sum([100, 1.5, -7], 10)))
except Exception as e:
    print('sum([100, 1.5, -7], 10)', '->', type(e).__name__ + ':', e)
try:
    print('tuple([100, 1.5, -7])', '->', repr(tuple([100, 1.5, -7])))
except Exception as e:
    print('tuple([100, 1.5, -7])', '->', type(e).__name__ + ':', e)
try:
    print('set([100, 1.5, -7]) == set([100, 1.5, -7])', '->', repr(set([100, 1.5, -7]) == set([100, 1.5, -7])))
except Exception as e:
    print('set([100, 1.5, -7]) == set([100, 1.5, -7])', '->', type(e).__name__ + ':', e)
try:
    print('[100, 1.5, -7].index([100, 1.5, -7][0])', '->', repr([100, 1.5, -7].index([100, 1.5, -7][0])))
except Exception as e:
    print('[100, 1.5, -7].index([100, 1.5, -7][0])', '->', type(e).__name__ + ':', e)
try:
    print('[100, 1.5, -7].count([100, 1.5, -7][0])', '->', repr([100, 1.5, -7].count([100, 1.5, -7][0])))
except Exception as e:
    print('[100, 1.5, -7].count([100, 1.5, -7][0])', '->', type(e).__name__ + ':', e)
try:
    print('[v for v in [100, 1.5, -7] if v > 0]', '->', repr([v for v in [100, 1.5, -7] if v > 0]))
except Exception as e:
    print('[v for v in [100, 1.5, -7] if v > 0]', '->', type(e).__name__ + ':', e)
try:
    print('{v: v * v for v in [100, 1.5, -7]}', '->', repr({v: v * v for v in [100, 1.5, -7]}))
except Exception as e:
    print('{v: v * v for v in [100, 1.5, -7]}', '->', type(e).__name__ + ':', e)
try:
    print('sum(v * v for v in [100, 1.5, -7])', '->', repr(sum(v * v for v in [100, 1.5, -7])))
except Exception as e:
    print('sum(v * v for v in [100, 1.5, -7])', '->', type(e).__name__ + ':', e)
try:
    print('list(range(len([100, 1.5, -7])))', '->', repr(list(range(len([100, 1.5, -7])))))
except Exception as e:
    print('list(range(len([100, 1.5, -7])))', '->', type(e).__name__ + ':', e)
try:
    print('sorted([100, 1.5, -7])[::2]', '->', repr(sorted([100, 1.5, -7])[::2]))
except Exception as e:
    print('sorted([100, 1.5, -7])[::2]', '->', type(e).__name__ + ':', e)
try:
    print('[100, 1.5, -7] + [100, 1.5, -7]', '->', repr([100, 1.5, -7] + [100, 1.5, -7]))
except Exception as e:
    print('[100, 1.5, -7] + [100, 1.5, -7]', '->', type(e).__name__ + ':', e)
try:
    print('[100, 1.5, -7] * 2', '->', repr([100, 1.5, -7] * 2))
except Exception as e:
    print('[100, 1.5, -7] * 2', '->', type(e).__name__ + ':', e)
try:
    print('[100, 1.5, -7][::-1]', '->', repr([100, 1.5, -7][::-1]))
except Exception as e:
    print('[100, 1.5, -7][::-1]', '->', type(e).__name__ + ':', e)
