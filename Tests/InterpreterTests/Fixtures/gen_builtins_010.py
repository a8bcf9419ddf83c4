# Generated: builtins and list operations on one list.
try:
    print('sorted([1e3, 1e-3, 0.0])', '->', repr(sorted([1e3, 1e-3, 0.0])))
except Exception as e:
    print('sorted([1e3, 1e-3, 0.0])', '->', type(e).__name__ + ':', e)
try:
    print('sorted([1e3, 1e-3, 0.0], reverse=True)', '->', repr(sorted([1e3, 1e-3, 0.0], reverse=True)))
except Exception as e:
    print('sorted([1e3, 1e-3, 0.0], reverse=True)', '->', type(e).__name__ + ':', e)
try:
    print('sorted([1e3, 1e-3, 0.0], key=lambda v: -v)', '->', repr(sorted([1e3, 1e-3, 0.0], key=lambda v: -v)))
except Exception as e:
    print('sorted([1e3, 1e-3, 0.0], key=lambda v: -v)', '->', type(e).__name__ + ':', e)
try:
    print('min([1e3, 1e-3, 0.0])', '->', repr(min([1e3, 1e-3, 0.0])))
except Exception as e:
    print('min([1e3, 1e-3, 0.0])', '->', type(e).__name__ + ':', e)
try:
    print('max([1e3, 1e-3, 0.0])', '->', repr(max([1e3, 1e-3, 0.0])))
except Exception as e:
    print('max([1e3, 1e-3, 0.0])', '->', type(e).__name__ + ':', e)
try:
    print('sum([1e3, 1e-3, 0.0])', '->', repr(sum([1e3, 1e-3, 0.0])))
except Exception as e:
    print('sum([1e3, 1e-3, 0.0])', '->', type(e).__name__ + ':', e)
try:
    print('len([1e3, 1e-3, 0.0])', '->', repr(len([1e3, 1e-3, 0.0])))
except Exception as e:
    print('len([1e3, 1e-3, 0.0])', '->', type(e).__name__ + ':', e)
try:
    print('list(reversed([1e3, 1e-3, 0.0]))', '->', repr(list(reversed([1e3, 1e-3, 0.0]))))
except Exception as e:
    print('list(reversed([1e3, 1e-3, 0.0]))', '->', type(e).__name__ + ':', e)
try:
    print('list(enumerate([1e3, 1e-3, 0.0]))', '->', repr(list(enumerate([1e3, 1e-3, 0.0]))))
except Exception as e:
    print('list(enumerate([1e3, 1e-3, 0.0]))', '->', type(e).__name__ + ':', e)
try:
    print('list(zip([1e3, 1e-3, 0.0], [1e3, 1e-3, 0.0][1:]))', '->', repr(list(zip([1e3, 1e-3, 0.0], [1e3, 1e-3, 0.0][1:]))))
except Exception as e:
    print('list(zip([1e3, 1e-3, 0.0], [1e3, 1e-3, 0.0][1:]))', '->', type(e).__name__ + ':', e)
try:
    print('list(map(lambda v: v * 2, [1e3, 1e-3, 0.0]))', '->', repr(list(map(lambda v: v * 2, [1e3, 1e-3, 0.0]))))
except Exception as e:
    print('list(map(lambda v: v * 2, [1e3, 1e-3, 0.0]))', '->', type(e).__name__ + ':', e)
try:
    print('list(filter(None, [1e3, 1e-3, 0.0]))', '->', repr(list(filter(None, [1e3, 1e-3, 0.0]))))
except Exception as e:
    print('list(filter(None, [1e3, 1e-3, 0.0]))', '->', type(e).__name__ + ':', e)
try:
    print('any([1e3, 1e-3, 0.0])', '->', repr(any([1e3, 1e-3, 0.0])))
except Exception as e:
    print('any([1e3, 1e-3, 0.0])', '->', type(e).__name__ + ':', e)
try:
    print('all([1e3, 1e-3, 0.0])', '->', repr(all([1e3, 1e-3, 0.0])))
except Exception as e:
    print('all([1e3, 1e-3, 0.0])', '->', type(e).__name__ + ':', e)
try:
    print('min([1e3, 1e-3, 0.0], default=0)', '->', repr(min([1e3, 1e-3, 0.0], default=0)))
except Exception as e:
    print('min([1e3, 1e-3, 0.0], default=0)', '->', type(e).__name__ + ':', e)
try:
    print('max([1e3, 1e-3, 0.0], key=abs)', '->', repr(max([1e3, 1e-3, 0.0], key=abs)))
except Exception as e:
    print('max([1e3, 1e-3, 0.0], key=abs)', '->', type(e).__name__ + ':', e)
try:
    print('sum([1e3, 1e-3, 0.0], 10)', '->', repr(sum([1e3, 1e-3, 0.0], 10)))
except Exception as e:
    print('sum([1e3, 1e-3, 0.0], 10)', '->', type(e).__name__ + ':', e)
try:
    print('tuple([1e3, 1e-3, 0.0])', '->', repr(tuple([1e3, 1e-3, 0.0])))
except Exception as e:
    print('tuple([1e3, 1e-3, 0.0])', '->', type(e).__name__ + ':', e)
try:
    print('set([1e3, 1e-3, 0.0]) == set([1e3, 1e-3, 0.0])', '->', repr(set([1e3, 1e-3, 0.0]) == set([1e3, 1e-3, 0.0])))
except Exception as e:
    print('set([1e3, 1e-3, 0.0]) == set([1e3, 1e-3, 0.0])', '->', type(e).__name__ + ':', e)
try:
    print('[1e3, 1e-3, 0.0].index([1e3, 1e-3, 0.0][0])', '->', repr([1e3, 1e-3, 0.0].index([1e3, 1e-3, 0.0][0])))
except Exception as e:
    print('[1e3, 1e-3, 0.0].index([1e3, 1e-3, 0.0][0])', '->', type(e).__name__ + ':', e)
try:
    print('[1e3, 1e-3, 0.0].count([1e3, 1e-3, 0.0][0])', '->', repr([1e3, 1e-3, 0.0].count([1e3, 1e-3, 0.0][0])))
except Exception as e:
    print('[1e3, 1e-3, 0.0].count([1e3, 1e-3, 0.0][0])', '->', type(e).__name__ + ':', e)
try:
    print('[v for v in [1e3, 1e-3, 0.0] if v > 0]', '->', repr([v for v in [1e3, 1e-3, 0.0] if v > 0]))
except Exception as e:
    print('[v for v in [1e3, 1e-3, 0.0] if v > 0]', '->', type(e).__name__ + ':', e)
try:
    print('{v: v * v for v in [1e3, 1e-3, 0.0]}', '->', repr({v: v * v for v in [1e3, 1e-3, 0.0]}))
except Exception as e:
    print('{v: v * v for v in [1e3, 1e-3, 0.0]}', '->', type(e).__name__ + ':', e)
try:
    print('sum(v * v for v in [1e3, 1e-3, 0.0])', '->', repr(sum(v * v for v in [1e3, 1e-3, 0.0])))
except Exception as e:
    print('sum(v * v for v in [1e3, 1e-3, 0.0])', '->', type(e).__name__ + ':', e)
try:
    print('list(range(len([1e3, 1e-3, 0.0])))', '->', repr(list(range(len([1e3, 1e-3, 0.0])))))
except Exception as e:
    print('list(range(len([1e3, 1e-3, 0.0])))', '->', type(e).__name__ + ':', e)
try:
    print('sorted([1e3, 1e-3, 0.0])[::2]', '->', repr(sorted([1e3, 1e-3, 0.0])[::2]))
except Exception as e:
    print('sorted([1e3, 1e-3, 0.0])[::2]', '->', type(e).__name__ + ':', e)
try:
    print('[1e3, 1e-3, 0.0] + [1e3, 1e-3, 0.0]', '->', repr([1e3, 1e-3, 0.0] + [1e3, 1e-3, 0.0]))
except Exception as e:
    print('[1e3, 1e-3, 0.0] + [1e3, 1e-3, 0.0]', '->', type(e).__name__ + ':', e)
try:
    print('[1e3, 1e-3, 0.0] * 2', '->', repr([1e3, 1e-3, 0.0] * 2))
except Exception as e:
    print('[1e3, 1e-3, 0.0] * 2', '->', type(e).__name__ + ':', e)
try:
    print('[1e3, 1e-3, 0.0][::-1]', '->', repr([1e3, 1e-3, 0.0][::-1]))
except Exception as e:
    print('[1e3, 1e-3, 0.0][::-1]', '->', type(e).__name__ + ':', e)
