# Generated: builtins and list operations on one list.
try:
    print('sorted([0])', '->', repr(sorted([0])))
except Exception as e:
    print('sorted([0])', '->', type(e).__name__ + ':', e)
try:
    print('sorted([0], reverse=True)', '->', repr(sorted([0], reverse=True)))
except Exception as e:
    print('sorted([0], reverse=True)', '->', type(e).__name__ + ':', e)
try:
    print('sorted([0], key=lambda v: -v)', '->', repr(sorted([0], key=lambda v: -v)))
except Exception as e:
    print('sorted([0], key=lambda v: -v)', '->', type(e).__name__ + ':', e)
try:
    print('min([0])', '->', repr(min([0])))
except Exception as e:
    print('min([0])', '->', type(e).__name__ + ':', e)
try:
    print('max([0])', '->', repr(max([0])))
except Exception as e:
    print('max([0])', '->', type(e).__name__ + ':', e)
try:
    print('sum([0])', '->', repr(sum([0])))
except Exception as e:
    print('sum([0])', '->', type(e).__name__ + ':', e)
try:
    print('len([0])', '->', repr(len([0])))
except Exception as e:
    print('len([0])', '->', type(e).__name__ + ':', e)
try:
    print('list(reversed([0]))', '->', repr(list(reversed([0]))))
except Exception as e:
    print('list(reversed([0]))', '->', type(e).__name__ + ':', e)
try:
    print('list(enumerate([0]))', '->', repr(list(enumerate([0]))))
except Exception as e:
    print('list(enumerate([0]))', '->', type(e).__name__ + ':', e)
try:
    print('list(zip([0], [0][1:]))', '->', repr(list(zip([0], [0][1:]))))
except Exception as e:
    print('list(zip([0], [0][1:]))', '->', type(e).__name__ + ':', e)
try:
    print('list(map(lambda v: v * 2, [0]))', '->', repr(list(map(lambda v: v * 2, [0]))))
except Exception as e:
    print('list(map(lambda v: v * 2, [0]))', '->', type(e).__name__ + ':', e)
try:
    print('list(filter(None, [0]))', '->', repr(list(filter(None, [0]))))
except Exception as e:
    print('list(filter(None, [0]))', '->', type(e).__name__ + ':', e)
try:
    print('any([0])', '->', repr(any([0])))
except Exception as e:
    print('any([0])', '->', type(e).__name__ + ':', e)
try:
    print('all([0])', '->', repr(all([0])))
except Exception as e:
    print('all([0])', '->', type(e).__name__ + ':', e)
try:
    print('min([0], default=0)', '->', repr(min([0], default=0)))
except Exception as e:
    print('min([0], default=0)', '->', type(e).__name__ + ':', e)
try:
    print('max([0], key=abs)', '->', repr(max([0], key=abs)))
except Exception as e:
    print('max([0], key=abs)', '->', type(e).__name__ + ':', e)
try:
    print('sum([0], 10)', '->', repr(sum([0], 10)))
except Exception as e:
    print('sum([0], 10)', '->', type(e).__name__ + ':', e)
try:
    print('tuple([0])', '->', repr(tuple([0])))
except Exception as e:
    print('tuple([0])', '->', type(e).__name__ + ':', e)
try:
    print('set([0]) == set([0])', '->', repr(set([0]) == set([0])))
except Exception as e:
    print('set([0]) == set([0])', '->', type(e).__name__ + ':', e)
try:
    print('[0].index([0][0])', '->', repr([0].index([0][0])))
except Exception as e:
    print('[0].index([0][0])', '->', type(e).__name__ + ':', e)
try:
    print('[0].count([0][0])', '->', repr([0].count([0][0])))
except Exception as e:
    print('[0].count([0][0])', '->', type(e).__name__ + ':', e)
try:
    print('[v for v in [0] if v > 0]', '->', repr([v for v in [0] if v > 0]))
except Exception as e:
    print('[v for v in [0] if v > 0]', '->', type(e).__name__ + ':', e)
try:
    print('{v: v * v for v in [0]}', '->', repr({v: v * v for v in [0]}))
except Exception as e:
    print('{v: v * v for v in [0]}', '->', type(e).__name__ + ':', e)
try:
    print('sum(v * v for v in [0])', '->', repr(sum(v * v for v in [0])))
except Exception as e:
    print('sum(v * v for v in [0])', '->', type(e).__name__ + ':', e)
try:
    print('list(range(len([0])))', '->', repr(list(range(len([0])))))
except Exception as e:
    print('list(range(len([0])))', '->', type(e).__name__ + ':', e)
try:
    print('sorted([0])[::2]', '->', repr(sorted([0])[::2]))
except Exception as e:
    print('sorted([0])[::2]', '->', type(e).__name__ + ':', e)
try:
    print('[0] + [0]', '->', repr([0] + [0]))
except Exception as e:
    print('[0] + [0]', '->', type(e).__name__ + ':', e)
try:
    print('[0] * 2', '->', repr([0] * 2))
except Exception as e:
    print('[0] * 2', '->', type(e).__name__ + ':', e)
try:
    print('[0][::-1]', '->', repr([0][::-1]))
except Exception as e:
    print('[0][::-1]', '->', type(e).__name__ + ':', e)
