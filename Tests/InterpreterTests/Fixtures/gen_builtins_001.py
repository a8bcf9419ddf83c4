# Generated: builtins and list operations on one list.
try:
    print('sorted([5, -3, 0, 7, -3])', '->', repr(sorted([5, -3, 0, 7, -3])))
except Exception as e:
    print('sorted([5, -3, 0, 7, -3])', '->', type(e).__name__ + ':', e)
try:
    print('sorted([5, -3, 0, 7, -3], reverse=True)', '->', repr(sorted([5, -3, 0, 7, -3], reverse=True)))
except Exception as e:
    print('sorted([5, -3, 0, 7, -3], reverse=True)', '->', type(e).__name__ + ':', e)
try:
    print('sorted([5, -3, 0, 7, -3], key=lambda v: -v)', '->', repr(sorted([5, -3, 0, 7, -3], key=lambda v: -v)))
except Exception as e:
    print('sorted([5, -3, 0, 7, -3], key=lambda v: -v)', '->', type(e).__name__ + ':', e)
try:
    print('min([5, -3, 0, 7, -3])', '->', repr(min([5, -3, 0, 7, -3])))
except Exception as e:
    print('min([5, -3, 0, 7, -3])', '->', type(e).__name__ + ':', e)
try:
    print('max([5, -3, 0, 7, -3])', '->', repr(max([5, -3, 0, 7, -3])))
except Exception as e:
    print('max([5, -3, 0, 7, -3])', '->', type(e).__name__ + ':', e)
try:
    print('sum([5, -3, 0, 7, -3])', '->', repr(sum([5, -3, 0, 7, -3])))
except Exception as e:
    print('sum([5, -3, 0, 7, -3])', '->', type(e).__name__ + ':', e)
try:
    print('len([5, -3, 0, 7, -3])', '->', repr(len([5, -3, 0, 7, -3])))
except Exception as e:
    print('len([5, -3, 0, 7, -3])', '->', type(e).__name__ + ':', e)
try:
    print('list(reversed([5, -3, 0, 7, -3]))', '->', repr(list(reversed([5, -3, 0, 7, -3]))))
except Exception as e:
    print('list(reversed([5, -3, 0, 7, -3]))', '->', type(e).__name__ + ':', e)
try:
    print('list(enumerate([5, -3, 0, 7, -3]))', '->', repr(list(enumerate([5, -3, 0, 7, -3]))))
except Exception as e:
    print('list(enumerate([5, -3, 0, 7, -3]))', '->', type(e).__name__ + ':', e)
try:
    print('list(zip([5, -3, 0, 7, -3], [5, -3, 0, 7, -3][1:]))', '->', repr(list(zip([5, -3, 0, 7, -3], [5, -3, 0, 7, -3][1:]))))
except Exception as e:
    print('list(zip([5, -3, 0, 7, -3], [5, -3, 0, 7, -3][1:]))', '->', type(e).__name__ + ':', e)
try:
    print('list(map(lambda v: v * 2, [5, -3, 0, 7, -3]))', '->', repr(list(map(lambda v: v * 2, [5, -3, 0, 7, -3]))))
except Exception as e:
    print('list(map(lambda v: v * 2, [5, -3, 0, 7, -3]))', '->', type(e).__name__ + ':', e)
try:
    print('list(filter(None, [5, -3, 0, 7, -3]))', '->', repr(list(filter(None, [5, -3, 0, 7, -3]))))
except Exception as e:
    print('list(filter(None, [5, -3, 0, 7, -3]))', '->', type(e).__name__ + ':', e)
try:
    print('any([5, -3, 0, 7, -3])', '->', repr(any([5, -3, 0, 7, -3])))
except Exception as e:
    print('any([5, -3, 0, 7, -3])', '->', type(e).__name__ + ':', e)
try:
    print('all([5, -3, 0, 7, -3])', '->', repr(all([5, -3, 0, 7, -3])))
except Exception as e:
    print('all([5, -3, 0, 7, -3])', '->', type(e).__name__ + ':', e)
try:
    print('min([5, -3, 0, 7, -3], default=0)', '->', repr(min([5, -3, 0, 7, -3], default=0)))
except Exception as e:
    print('min([5, -3, 0, 7, -3], default=0)', '->', type(e).__name__ + ':', e)
try:
    print('max([5, -3, 0, 7, -3], key=abs)', '->', repr(max([5, -3, 0, 7, -3], key=abs)))
except Exception as e:
    print('max([5, -3, 0, 7, -3], key=abs)', '->', type(e).__name__ + ':', e)
try:
    print('sum([5, -3, 0, 7, -3], 10)', '->', repr(sum([5, -3, 0, 7, -3], 10)))
except Exception as e:
    print('sum([5, -3, 0, 7, -3], 10)', '->', type(e).__name__ + ':', e)
try:
    print('tuple([5, -3, 0, 7, -3])', '->', repr(tuple([5, -3, 0, 7, -3])))
except Exception as e:
    print('tuple([5, -3, 0, 7, -3])', '->', type(e).__name__ + ':', e)
try:
    print('set([5, -3, 0, 7, -3]) == set([5, -3, 0, 7, -3])', '->', repr(set([5, -3, 0, 7, -3]) == set([5, -3, 0, 7, -3])))
except Exception as e:
    print('set([5, -3, 0, 7, -3]) == set([5, -3, 0, 7, -3])', '->', type(e).__name__ + ':', e)
try:
    print('[5, -3, 0, 7, -3].index([5, -3, 0, 7, -3][0])', '->', repr([5, -3, 0, 7, -3].index([5, -3, 0, 7, -3][0])))
except Exception as e:
    print('[5, -3, 0, 7, -3].index([5, -3, 0, 7, -3][0])', '->', type(e).__name__ + ':', e)
try:
    print('[5, -3, 0, 7, -3].count([5, -3, 0, 7, -3][0])', '->', repr([5, -3, 0, 7, -3].count([5, -3, 0, 7, -3][0])))
except Exception as e:
    print('[5, -3, 0, 7, -3].count([5, -3, 0, 7, -3][0])', '->', type(e).__name__ + ':', e)
try:
    print('[v for v in [5, -3, 0, 7, -3] if v > 0]', '->', repr([v for v in [5, -3, 0, 7, -3] if v > 0]))
except Exception as e:
    print('[v for v in [5, -3, 0, 7, -3] if v > 0]', '->', type(e).__name__ + ':', e)
try:
    print('{v: v * v for v in [5, -3, 0, 7, -3]}', '->', repr({v: v * v for v in [5, -3, 0, 7, -3]}))
except Exception as e:
    print('{v: v * v for v in [5, -3, 0, 7, -3]}', '->', type(e).__name__ + ':', e)
try:
    print('sum(v * v for v in [5, -3, 0, 7, -3])', '->', repr(sum(v * v for v in [5, -3, 0, 7, -3])))
except Exception as e:
    print('sum(v * v for v in [5, -3, 0, 7, -3])', '->', type(e).__name__ + ':', e)
try:
    print('list(range(len([5, -3, 0, 7, -3])))', '->', repr(list(range(len([5, -3, 0, 7, -3])))))
except Exception as e:
    print('list(range(len([5, -3, 0, 7, -3])))', '->', type(e).__name__ + ':', e)
try:
    print('sorted([5, -3, 0, 7, -3])[::2]', '->', repr(sorted([5, -3, 0, 7, -3])[::2]))
except Exception as e:
    print('sorted([5, -3, 0, 7, -3])[::2]', '->', type(e).__name__ + ':', e)
try:
    print('[5, -3, 0, 7, -3] + [5, -3, 0, 7, -3]', '->', repr([5, -3, 0, 7, -3] + [5, -3, 0, 7, -3]))
except Exception as e:
    print('[5, -3, 0, 7, -3] + [5, -3, 0, 7, -3]', '->', type(e).__name__ + ':', e)
try:
    print('[5, -3, 0, 7, -3] * 2', '->', repr([5, -3, 0, 7, -3] * 2))
except Exception as e:
    print('[5, -3, 0, 7, -3] * 2', '->', type(e).__name__ + ':', e)
try:
    print('[5, -3, 0, 7, -3][::-1]', '->', repr([5, -3, 0, 7, -3][::-1]))
except Exception as e:
    print('[5, -3, 0, 7, -3][::-1]', '->', type(e).__name__ + ':', e)
