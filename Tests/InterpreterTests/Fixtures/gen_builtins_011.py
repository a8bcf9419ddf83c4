# Generated: builtins and list operations on one list.
try:
    print('sorted([7, 3, 9, 1, 8, 2])', '->', repr(sorted([7, 3, 9, 1, 8, 2])))
except Exception as e:
    print('sorted([7, 3, 9, 1, 8, 2])', '->', type(e).__name__ + ':', e)
try:
    print('sorted([7, 3, 9, 1, 8, 2], reverse=True)', '->', repr(sorted([7, 3, 9, 1, 8, 2], reverse=True)))
except Exception as e:
    print('sorted([7, 3, 9, 1, 8, 2], reverse=True)', '->', type(e).__name__ + ':', e)
try:
    print('sorted([7, 3, 9, 1, 8, 2], key=lambda v: -v)', '->', repr(sorted([7, 3, 9, 1, 8, 2], key=lambda v: -v)))
except Exception as e:
    print('sorted([7, 3, 9, 1, 8, 2], key=lambda v: -v)', '->', type(e).__name__ + ':', e)
try:
    print('min([7, 3, 9, 1, 8, 2])', '->', repr(min([7, 3, 9, 1, 8, 2])))
except Exception as e:
    print('min([7, 3, 9, 1, 8, 2])', '->', type(e).__name__ + ':', e)
try:
    print('max([7, 3, 9, 1, 8, 2])', '->', repr(max([7, 3, 9, 1, 8, 2])))
except Exception as e:
    print('max([7, 3, 9, 1, 8, 2])', '->', type(e).__name__ + ':', e)
try:
    print('sum([7, 3, 9, 1, 8, 2])', '->', repr(sum([7, 3, 9, 1, 8, 2])))
except Exception as e:
    print('sum([7, 3, 9, 1, 8, 2])', '->', type(e).__name__ + ':', e)
try:
    print('len([7, 3, 9, 1, 8, 2])', '->', repr(len([7, 3, 9, 1, 8, 2])))
except Exception as e:
    print('len([7, 3, 9, 1, 8, 2])', '->', type(e).__name__ + ':', e)
try:
    print('list(reversed([7, 3, 9, 1, 8, 2]))', '->', repr(list(reversed([7, 3, 9, 1, 8, 2]))))
except Exception as e:
    print('list(reversed([7, 3, 9, 1, 8, 2]))', '->', type(e).__name__ + ':', e)
try:
    print('list(enumerate([7, 3, 9, 1, 8, 2]))', '->', repr(list(enumerate([7, 3, 9, 1, 8, 2]))))
except Exception as e:
    print('list(enumerate([7, 3, 9, 1, 8, 2]))', '->', type(e).__name__ + ':', e)
try:
    print('list(zip([7, 3, 9, 1, 8, 2], [7, 3, 9, 1, 8, 2][1:]))', '->', repr(list(zip([7, 3, 9, 1, 8, 2], [7, 3, 9, 1, 8, 2][1:]))))
except Exception as e:
    print('list(zip([7, 3, 9, 1, 8, 2], [7, 3, 9, 1, 8, 2][1:]))', '->', type(e).__name__ + ':', e)
try:
    print('list(map(lambda v: v * 2, [7, 3, 9, 1, 8, 2]))', '->', repr(list(map(lambda v: v * 2, [7, 3, 9, 1, 8, 2]))))
except Exception as e:
    print('list(map(lambda v: v * 2, [7, 3, 9, 1, 8, 2]))', '->', type(e).__name__ + ':', e)
try:
    print('list(filter(None, [7, 3, 9, 1, 8, 2]))', '->', repr(list(filter(None, [7, 3, 9, 1, 8, 2]))))
except Exception as e:
    print('list(filter(None, [7, 3, 9, 1, 8, 2]))', '->', type(e).__name__ + ':', e)
try:
    print('any([7, 3, 9, 1, 8, 2])', '->', repr(any([7, 3, 9, 1, 8, 2])))
except Exception as e:
    print('any([7, 3, 9, 1, 8, 2])', '->', type(e).__name__ + ':', e)
try:
    print('all([7, 3, 9, 1, 8, 2])', '->', repr(all([7, 3, 9, 1, 8, 2])))
except Exception as e:
    print('all([7, 3, 9, 1, 8, 2])', '->', type(e).__name__ + ':', e)
try:
    print('min([7, 3, 9, 1, 8, 2], default=0)', '->', repr(min([7, 3, 9, 1, 8, 2], default=0)))
except Exception as e:
    print('min([7, 3, 9, 1, 8, 2], default=0)', '->', type(e).__name__ + ':', e)
try:
    print('max([7, 3, 9, 1, 8, 2], key=abs)', '->', repr(max([7, 3, 9, 1, 8, 2], key=abs)))
except Exception as e:
    print('max([7, 3, 9, 1, 8, 2], key=abs)', '->', type(e).__name__ + ':', e)
try:
    print('sum([7, 3, 9, 1, 8, 2], 10)', '->', repr(sum([7, 3, 9, 1, 8, 2], 10)))
except Exception as e:
    print('sum([7, 3, 9, 1, 8, 2], 10)', '->', type(e).__name__ + ':', e)
try:
    print('tuple([7, 3, 9, 1, 8, 2])', '->', repr(tuple([7, 3, 9, 1, 8, 2])))
except Exception as e:
    print('tuple([7, 3, 9, 1, 8, 2])', '->', type(e).__name__ + ':', e)
try:
    print('set([7, 3, 9, 1, 8, 2]) == set([7, 3, 9, 1, 8, 2])', '->', repr(set([7, 3, 9, 1, 8, 2]) == set([7, 3, 9, 1, 8, 2])))
except Exception as e:
    print('set([7, 3, 9, 1, 8, 2]) == set([7, 3, 9, 1, 8, 2])', '->', type(e).__name__ + ':', e)
try:
    print('[7, 3, 9, 1, 8, 2].index([7, 3, 9, 1, 8, 2][0])', '->', repr([7, 3, 9, 1, 8, 2].index([7, 3, 9, 1, 8, 2][0])))
except Exception as e:
    print('[7, 3, 9, 1, 8, 2].index([7, 3, 9, 1, 8, 2][0])', '->', type(e).__name__ + ':', e)
try:
    print('[7, 3, 9, 1, 8, 2].count([7, 3, 9, 1, 8, 2][0])', '->', repr([7, 3, 9, 1, 8, 2].count([7, 3, 9, 1, 8, 2][0])))
except Exception as e:
    print('[7, 3, 9, 1, 8, 2].count([7, 3, 9, 1, 8, 2][0])', '->', type(e).__name__ + ':', e)
try:
    print('[v for v in [7, 3, 9, 1, 8, 2] if v > 0]', '->', repr([v for v in [7, 3, 9, 1, 8, 2] if v > 0]))
except Exception as e:
    print('[v for v in [7, 3, 9, 1, 8, 2] if v > 0]', '->', type(e).__name__ + ':', e)
try:
    print('{v: v * v for v in [7, 3, 9, 1, 8, 2]}', '->', repr({v: v * v for v in [7, 3, 9, 1, 8, 2]}))
except Exception as e:
    print('{v: v * v for v in [7, 3, 9, 1, 8, 2]}', '->', type(e).__name__ + ':', e)
try:
    print('sum(v * v for v in [7, 3, 9, 1, 8, 2])', '->', repr(sum(v * v for v in [7, 3, 9, 1, 8, 2])))
except Exception as e:
    print('sum(v * v for v in [7, 3, 9, 1, 8, 2])', '->', type(e).__name__ + ':', e)
try:
    print('list(range(len([7, 3, 9, 1, 8, 2])))', '->', repr(list(range(len([7, 3, 9, 1, 8, 2])))))
except Exception as e:
    print('list(range(len([7, 3, 9, 1, 8, 2])))', '->', type(e).__name__ + ':', e)
try:
    print('sorted([7, 3, 9, 1, 8, 2])[::2]', '->', repr(sorted([7, 3, 9, 1, 8, 2])[::2]))
except Exception as e:
    print('sorted([7, 3, 9, 1, 8, 2])[::2]', '->', type(e).__name__ + ':', e)
try:
    print('[7, 3, 9, 1, 8, 2] + [7, 3, 9, 1, 8, 2]', '->', repr([7, 3, 9, 1, 8, 2] + [7, 3, 9, 1, 8, 2]))
except Exception as e:
    print('[7, 3, 9, 1, 8, 2] + [7, 3, 9, 1, 8, 2]', '->', type(e).__name__ + ':', e)
try:
    print('[7, 3, 9, 1, 8, 2] * 2', '->', repr([7, 3, 9, 1, 8, 2] * 2))
except Exception as e:
    print('[7, 3, 9, 1, 8, 2] * 2', '->', type(e).__name__ + ':', e)
try:
    print('[7, 3, 9, 1, 8, 2][::-1]', '->', repr([7, 3, 9, 1, 8, 2][::-1]))
except Exception as e:
    print('[7, 3, 9, 1, 8, 2][::-1]', '->', type(e).__name__ + ':', e)
