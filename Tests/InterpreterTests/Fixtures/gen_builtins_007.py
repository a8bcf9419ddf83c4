# Generated: builtins and list operations on one list.
try:
    print('sorted([2, 2, 2])', '->', repr(sorted([2, 2, 2])))
except Exception as e:
    print('sorted([2, 2, 2])', '->', type(e).__name__ + ':', e)
try:
    print('sorted([2, 2, 2], reverse=True)', '->', repr(sorted([2, 2, 2], reverse=True)))
except Exception as e:
    print('sorted([2, 2, 2], reverse=True)', '->', type(e).__name__ + ':', e)
try:
    print('sorted([2, 2, 2], key=lambda v: -v)', '->', repr(sorted([2, 2, 2], key=lambda v: -v)))
except Exception as e:
    print('sorted([2, 2, 2], key=lambda v: -v)', '->', type(e).__name__ + ':', e)
try:
    print('min([2, 2, 2])', '->', repr(min([2, 2, 2])))
except Exception as e:
    print('min([2, 2, 2])', '->', type(e).__name__ + ':', e)
try:
    print('max([2, 2, 2])', '->', repr(max([2, 2, 2])))
except Exception as e:
    print('max([2, 2, 2])', '->', type(e).__name__ + ':', e)
try:
    print('sum([2, 2, 2])', '->', repr(sum([2, 2, 2])))
except Exception as e:
    print('sum([2, 2, 2])', '->', type(e).__name__ + ':', e)
try:
    print('len([2, 2, 2])', '->', repr(len([2, 2, 2])))
except Exception as e:
    print('len([2, 2, 2])', '->', type(e).__name__ + ':', e)
try:
    print('list(reversed([2, 2, 2]))', '->', repr(list(reversed([2, 2, 2]))))
except Exception as e:
    print('list(reversed([2, 2, 2]))', '->', type(e).__name__ + ':', e)
try:
    print('list(enumerate([2, 2, 2]))', '->', repr(list(enumerate([2, 2, 2]))))
except Exception as e:
    print('list(enumerate([2, 2, 2]))', '->', type(e).__name__ + ':', e)
try:
    print('list(zip([2, 2, 2], [2, 2, 2][1:]))', '->', repr(list(zip([2, 2, 2], [2, 2, 2][1:]))))
except Exception as e:
    print('list(zip([2, 2, 2], [2, 2, 2][1:]))', '->', type(e).__name__ + ':', e)
try:
    print('list(map(lambda v: v * 2, [2, 2, 2]))', '->', repr(list(map(lambda v: v * 2, [2, 2, 2]))))
except Exception as e:
    print('list(map(lambda v: v * 2, [2, 2, 2]))', '->', type(e).__name__ + ':', e)
try:
    print('list(filter(None, [2, 2, 2]))', '->', repr(list(filter(None, [2, 2, 2]))))
except Exception as e:
    print('list(filter(None, [2, 2, 2]))', '->', type(e).__name__ + ':', e)
try:
    print('any([2, 2, 2])', '->', repr(any([2, 2, 2])))
except Exception as e:
    print('any([2, 2, 2])', '->', type(e).__name__ + ':', e)
try:
    print('all([2, 2, 2])', '->', repr(all([2, 2, 2])))
except Exception as e:
    print('all([2, 2, 2])', '->', type(e).__name__ + ':', e)
try:
    print('min([2, 2, 2], default=0)', '->', repr(min([2, 2, 2], default=0)))
except Exception as e:
    print('min([2, 2, 2], default=0)', '->', type(e).__name__ + ':', e)
try:
    print('max([2, 2, 2], key=abs)', '->', repr(max([2, 2, 2], key=abs)))
except Exception as e:
    print('max([2, 2, 2], key=abs)', '->', type(e).__name__ + ':', e)
try:
    print('sum([2, 2, 2], 10)', '->', repr(sum([2, 2, 2], 10)))
except Exception as e:
    print('sum([2, 2, 2], 10)', '->', type(e).__name__ + ':', e)
try:
    print('tuple([2, 2, 2])', '->', repr(tuple([2, 2, 2])))
except Exception as e:
    print('tuple([2, 2, 2])', '->', type(e).__name__ + ':', e)
try:
    print('set([2, 2, 2]) == set([2, 2, 2])', '->', repr(set([2, 2, 2]) == set([2, 2, 2])))
except Exception as e:
    print('set([2, 2, 2]) == set([2, 2, 2])', '->', type(e).__name__ + ':', e)
try:
    print('[2, 2, 2].index([2, 2, 2][0])', '->', repr([2, 2, 2].index([2, 2, 2][0])))
except Exception as e:
    print('[2, 2, 2].index([2, 2, 2][0])', '->', type(e).__name__ + ':', e)
try:
    print('[2, 2, 2].count([2, 2, 2][0])', '->', repr([2, 2, 2].count([2, 2, 2][0])))
except Exception as e:
    print('[2, 2, 2].count([2, 2, 2][0])', '->', type(e).__name__ + ':', e)
try:
    print('[v for v in [2, 2, 2] if v > 0]', '->', repr([v for v in [2, 2, 2] if v > 0]))
except Exception as e:
    print('[v for v in [2, 2, 2] if v > 0]', '->', type(e).__name__ + ':', e)
try:
    print('{v: v * v for v in [2, 2, 2]}', '->', repr({v: v * v for v in [2, 2, 2]}))
except Exception as e:
    print('{v: v * v for v in [2, 2, 2]}', '->', type(e).__name__ + ':', e)
try:
    print('sum(v * v for v in [2, 2, 2])', '->', repr(sum(v * v for v in [2, 2, 2])))
except Exception as e:
    print('sum(v * v for v in [2, 2, 2])', '->', type(e).__name__ + ':', e)
try:
    print('list(range(len([2, 2, 2])))', '->', repr(list(range(len([2, 2, 2])))))
except Exception as e:
    print('list(range(len([2, 2, 2])))', '->', type(e).__name__ + ':', e)
try:
    print('sorted([2, 2, 2])[::2]', '->', repr(sorted([2, 2, 2])[::2]))
except Exception as e:
    print('sorted([2, 2, 2])[::2]', '->', type(e).__name__ + ':', e)
try:
    print('[2, 2, 2] + [2, 2, 2]', '->', repr([2, 2, 2] + [2, 2, 2]))
except Exception as e:
    print('[2, 2, 2] + [2, 2, 2]', '->', type(e).__name__ + ':', e)
try:
    print('[2, 2, 2] * 2', '->', repr([2, 2, 2] * 2))
except Exception as e:
    print('[2, 2, 2] * 2', '->', type(e).__name__ + ':', e)
try:
    print('[2, 2, 2][::-1]', '->', repr([2, 2, 2][::-1]))
except Exception as e:
    print('[2, 2, 2][::-1]', '->', type(e).__name__ + ':', e)
