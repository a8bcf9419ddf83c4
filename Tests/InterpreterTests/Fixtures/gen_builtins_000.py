# Generated: builtins and list operations on one list.
try:
    print('sorted([3, 1, 2])', '->', repr(sorted([3, 1, 2])))
except Exception as e:
    print('sorted([3, 1, 2])', '->', type(e).__name__ + ':', e)
try:
    print('sorted([3, 1, 2], reverse=True)', '->', repr(sorted([3, 1, 2], reverse=True)))
except Exception as e:
    print('sorted([3, 1, 2], reverse=True)', '->', type(e).__name__ + ':', e)
try:
    print('sorted([3, 1, 2], key=lambda v: -v)', '->', repr(sorted([3, 1, 2], key=lambda v: -v)))
except Exception as e:
    print('sorted([3, 1, 2], key=lambda v: -v)', '->', type(e).__name__ + ':', e)
try:
    print('min([3, 1, 2])', '->', repr(min([3, 1, 2])))
except Exception as e:
    print('min([3, 1, 2])', '->', type(e).__name__ + ':', e)
try:
    print('max([3, 1, 2])', '->', repr(max([3, 1, 2])))
except Exception as e:
    print('max([3, 1, 2])', '->', type(e).__name__ + ':', e)
try:
    print('sum([3, 1, 2])', '->', repr(sum([3, 1, 2])))
except Exception as e:
    print('sum([3, 1, 2])', '->', type(e).__name__ + ':', e)
try:
    print('len([3, 1, 2])', '->', repr(len([3, 1, 2])))
except Exception as e:
    print('len([3, 1, 2])', '->', type(e).__name__ + ':', e)
try:
    print('list(reversed([3, 1, 2]))', '->', repr(list(reversed([3, 1, 2]))))
except Exception as e:
    print('list(reversed([3, 1, 2]))', '->', type(e).__name__ + ':', e)
try:
    print('list(enumerate([3, 1, 2]))', '->', repr(list(enumerate([3, 1, 2]))))
except Exception as e:
    print('list(enumerate([3, 1, 2]))', '->', type(e).__name__ + ':', e)
try:
    print('list(zip([3, 1, 2], [3, 1, 2][1:]))', '->', repr(list(zip([3, 1, 2], [3, 1, 2][1:]))))
except Exception as e:
    print('list(zip([3, 1, 2], [3, 1, 2][1:]))', '->', type(e).__name__ + ':', e)
try:
    print('list(map(lambda v: v * 2, [3, 1, 2]))', '->', repr(list(map(lambda v: v * 2, [3, 1, 2]))))
except Exception as e:
    print('list(map(lambda v: v * 2, [3, 1, 2]))', '->', type(e).__name__ + ':', e)
try:
    print('list(filter(None, [3, 1, 2]))', '->', repr(list(filter(None, [3, 1, 2]))))
except Exception as e:
    print('list(filter(None, [3, 1, 2]))', '->', type(e).__name__ + ':', e)
try:
    print('any([3, 1, 2])', '->', repr(any([3, 1, 2])))
except Exception as e:
    print('any([3, 1, 2])', '->', type(e).__name__ + ':', e)
try:
    print('all([3, 1, 2])', '->', repr(all([3, 1, 2])))
except Exception as e:
    print('all([3, 1, 2])', '->', type(e).__name__ + ':', e)
try:
    print('min([3, 1, 2], default=0)', '->', repr(min([3, 1, 2], default=0)))
except Exception as e:
    print('min([3, 1, 2], default=0)', '->', type(e).__name__ + ':', e)
try:
    print('max([3, 1, 2], key=abs)', '->', repr(max([3, 1, 2], key=abs)))
except Exception as e:
    print('max([3, 1, 2], key=abs)', '->', type(e).__name__ + ':', e)
try:
    print('sum([3, 1, 2], 10)', '->', repr(sum([3, 1, 2], 10)))
except Exception as e:
    print('sum([3, 1, 2], 10)', '->', type(e).__name__ + ':', e)
try:
    print('tuple([3, 1, 2])', '->', repr(tuple([3, 1, 2])))
except Exception as e:
    print('tuple([3, 1, 2])', '->', type(e).__name__ + ':', e)
try:
    print('set([3, 1, 2]) == set([3, 1, 2])', '->', repr(set([3, 1, 2]) == set([3, 1, 2])))
except Exception as e:
    print('set([3, 1, 2]) == set([3, 1, 2])', '->', type(e).__name__ + ':', e)
try:
    print('[3, 1, 2].index([3, 1, 2][0])', '->', repr([3, 1, 2].index([3, 1, 2][0])))
except Exception as e:
    print('[3, 1, 2].index([3, 1, 2][0])', '->', type(e).__name__ + ':', e)
try:
    print('[3, 1, 2].count([3, 1, 2][0])', '->', repr([3, 1, 2].count([3, 1, 2][0])))
except Exception as e:
    print('[3, 1, 2].count([3, 1, 2][0])', '->', type(e).__name__ + ':', e)
try:
    print('[v for v in [3, 1, 2] if v > 0]', '->', repr([v for v in [3, 1, 2] if v > 0]))
except Exception as e:
    print('[v for v in [3, 1, 2] if v > 0]', '->', type(e).__name__ + ':', e)
try:
    print('{v: v * v for v in [3, 1, 2]}', '->', repr({v: v * v for v in [3, 1, 2]}))
except Exception as e:
    print('{v: v * v for v in [3, 1, 2]}', '->', type(e).__name__ + ':', e)
try:
    print('sum(v * v for v in [3, 1, 2])', '->', repr(sum(v * v for v in [3, 1, 2])))
except Exception as e:
    print('sum(v * v for v in [3, 1, 2])', '->', type(e).__name__ + ':', e)
try:
    print('list(range(len([3, 1, 2])))', '->', repr(list(range(len([3, 1, 2])))))
except Exception as e:
    print('list(range(len([3, 1, 2])))', '->', type(e).__name__ + ':', e)
try:
    print('sorted([3, 1, 2])[::2]', '->', repr(sorted([3, 1, 2])[::2]))
except Exception as e:
    print('sorted([3, 1, 2])[::2]', '->', type(e).__name__ + ':', e)
try:
    print('[3, 1, 2] + [3, 1, 2]', '->', repr([3, 1, 2] + [3, 1, 2]))
except Exception as e:
    print('[3, 1, 2] + [3, 1, 2]', '->', type(e).__name__ + ':', e)
try:
    print('[3, 1, 2] * 2', '->', repr([3, 1, 2] * 2))
except Exception as e:
    print('[3, 1, 2] * 2', '->', type(e).__name__ + ':', e)
try:
    print('[3, 1, 2][::-1]', '->', repr([3, 1, 2][::-1]))
except Exception as e:
    print('[3, 1, 2][::-1]', '->', type(e).__name__ + ':', e)
