# Generated: builtins and list operations on one list.
try:
    print('sorted([1.5, 2.5, -0.5])', '->', repr(sorted([1.5, 2.5, -0.5])))
except Exception as e:
    print('sorted([1.5, 2.5, -0.5])', '->', type(e).__name__ + ':', e)
try:
    print('sorted([1.5, 2.5, -0.5], reverse=True)', '->', repr(sorted([1.5, 2.5, -0.5], reverse=True)))
except Exception as e:
    print('sorted([1.5, 2.5, -0.5], reverse=True)', '->', type(e).__name__ + ':', e)
try:
    print('sorted([1.5, 2.5, -0.5], key=lambda v: -v)', '->', repr(sorted([1.5, 2.5, -0.5], key=lambda v: -v)))
except Exception as e:
    print('sorted([1.5, 2.5, -0.5], key=lambda v: -v)', '->', type(e).__name__ + ':', e)
try:
    print('min([1.5, 2.5, -0.5])', '->', repr(min([1.5, 2.5, -0.5])))
except Exception as e:
    print('min([1.5, 2.5, -0.5])', '->', type(e).__name__ + ':', e)
try:
    print('max([1.5, 2.5, -0.5])', '->', repr(max([1.5, 2.5, -0.5])))
except Exception as e:
    print('max([1.5, 2.5, -0.5])', '->', type(e).__name__ + ':', e)
try:
    print('sum([1.5, 2.5, -0.5])', '->', repr(sum([1.5, 2.5, -0.5])))
except Exception as e:
    print('sum([1.5, 2.5, -0.5])', '->', type(e).__name__ + ':', e)
try:
    print('len([1.5, 2.5, -0.5])', '->', repr(len([1.5, 2.5, -0.5])))
except Exception as e:
    print('len([1.5, 2.5, -0.5])', '->', type(e).__name__ + ':', e)
try:
    print('list(reversed([1.5, 2.5, -0.5]))', '->', repr(list(reversed([1.5, 2.5, -0.5]))))
except Exception as e:
    print('list(reversed([1.5, 2.5, -0.5]))', '->', type(e).__name__ + ':', e)
try:
    print('list(enumerate([1.5, 2.5, -0.5]))', '->', repr(list(enumerate([1.5, 2.5, -0.5]))))
except Exception as e:
    print('list(enumerate([1.5, 2.5, -0.5]))', '->', type(e).__name__ + ':', e)
try:
    print('list(zip([1.5, 2.5, -0.5], [1.5, 2.5, -0.5][1:]))', '->', repr(list(zip([1.5, 2.5, -0.5], [1.5, 2.5, -0.5][1:]))))
except Exception as e:
    print('list(zip([1.5, 2.5, -0.5], [1.5, 2.5, -0.5][1:]))', '->', type(e).__name__ + ':', e)
try:
    print('list(map(lambda v: v * 2, [1.5, 2.5, -0.5]))', '->', repr(list(map(lambda v: v * 2, [1.5, 2.5, -0.5]))))
except Exception as e:
    print('list(map(lambda v: v * 2, [1.5, 2.5, -0.5]))', '->', type(e).__name__ + ':', e)
try:
    print('list(filter(None, [1.5, 2.5, -0.5]))', '->', repr(list(filter(None, [1.5, 2.5, -0.5]))))
except Exception as e:
    print('list(filter(None, [1.5, 2.5, -0.5]))', '->', type(e).__name__ + ':', e)
try:
    print('any([1.5, 2.5, -0.5])', '->', repr(any([1.5, 2.5, -0.5])))
except Exception as e:
    print('any([1.5, 2.5, -0.5])', '->', type(e).__name__ + ':', e)
try:
    print('all([1.5, 2.5, -0.5])', '->', repr(all([1.5, 2.5, -0.5])))
except Exception as e:
    print('all([1.5, 2.5, -0.5])', '->', type(e).__name__ + ':', e)
try:
    print('min([1.5, 2.5, -0.5], default=0)', '->', repr(min([1.5, 2.5, -0.5], default=0)))
except Exception as e:
    print('min([1.5, 2.5, -0.5], default=0)', '->', type(e).__name__ + ':', e)
try:
    print('max([1.5, 2.5, -0.5], key=abs)', '->', repr(max([1.5, 2.5, -0.5], key=abs)))
except Exception as e:
    print('max([1.5, 2.5, -0.5], key=abs)', '->', type(e).__name__ + ':', e)
try:
    print('sum([1.5, 2.5, -0.5], 10)', '->', repr(sum([1.5, 2.5, -0.5], 10)))
except Exception as e:
    print('sum([1.5, 2.5, -0.5], 10)', '->', type(e).__name__ + ':', e)
try:
    print('tuple([1.5, 2.5, -0.5])', '->', repr(tuple([1.5, 2.5, -0.5])))
except Exception as e:
    print('tuple([1.5, 2.5, -0.5])', '->', type(e).__name__ + ':', e)
try:
    print('set([1.5, 2.5, -0.5]) == set([1.5, 2.5, -0.5])', '->', repr(set([1.5, 2.5, -0.5]) == set([1.5, 2.5, -0.5])))
except Exception as e:
    print('set([1.5, 2.5, -0.5]) == set([1.5, 2.5, -0.5])', '->', type(e).__name__ + ':', e)
try:
    print('[1.5, 2.5, -0.5].index([1.5, 2.5, -0.5][0])', '->', repr([1.5, 2.5, -0.5].index([1.5, 2.5, -0.5][0])))
except Exception as e:
    print('[1.5, 2.5, -0.5].index([1.5, 2.5, -0.5][0])', '->', type(e).__name__ + ':', e)
try:
    print('[1.5, 2.5, -0.5].count([1.5, 2.5, -0.5][0])', '->', repr([1.5, 2.5, -0.5].count([1.5, 2.5, -0.5][0])))
except Exception as e:
    print('[1.5, 2.5, -0.5].count([1.5, 2.5, -0.5][0])', '->', type(e).__name__ + ':', e)
try:
    print('[v for v in [1.5, 2.5, -0.5] if v > 0]', '->', repr([v for v in [1.5, 2.5, -0.5] if v > 0]))
except Exception as e:
    print('[v for v in [1.5, 2.5, -0.5] if v > 0]', '->', type(e).__name__ + ':', e)
try:
    print('{v: v * v for v in [1.5, 2.5, -0.5]}', '->', repr({v: v * v for v in [1.5, 2.5, -0.5]}))
except Exception as e:
    print('{v: v * v for v in [1.5, 2.5, -0.5]}', '->', type(e).__name__ + ':', e)
try:
    print('sum(v * v for v in [1.5, 2.5, -0.5])', '->', repr(sum(v * v for v in [1.5, 2.5, -0.5])))
except Exception as e:
    print('sum(v * v for v in [1.5, 2.5, -0.5])', '->', type(e).__name__ + ':', e)
try:
    print('list(range(len([1.5, 2.5, -0.5])))', '->', repr(list(range(len([1.5, 2.5, -0.5])))))
except Exception as e:
    print('list(range(len([1.5, 2.5, -0.5])))', '->', type(e).__name__ + ':', e)
try:
    print('sorted([1.5, 2.5, -0.5])[::2]', '->', repr(sorted([1.5, 2.5, -0.5])[::2]))
except Exception as e:
    print('sorted([1.5, 2.5, -0.5])[::2]', '->', type(e).__name__ + ':', e)
try:
    print('[1.5, 2.5, -0.5] + [1.5, 2.5, -0.5]', '->', repr([1.5, 2.5, -0.5] + [1.5, 2.5, -0.5]))
except Exception as e:
    print('[1.5, 2.5, -0.5] + [1.5, 2.5, -0.5]', '->', type(e).__name__ + ':', e)
try:
    print('[1.5, 2.5, -0.5] * 2', '->', repr([1.5, 2.5, -0.5] * 2))
except Exception as e:
    print('[1.5, 2.5, -0.5] * 2', '->', type(e).__name__ + ':', e)
try:
    print('[1.5, 2.5, -0.5][::-1]', '->', repr([1.5, 2.5, -0.5][::-1]))
except Exception as e:
    print('[1.5, 2.5, -0.5][::-1]', '->', type(e).__name__ + ':', e)
