# Generated: builtins and list operations on one list.
try:
    print('sorted([10, 20, 30, 40, 50, 60])', '->', repr(sorted([10, 20, 30, 40, 50, 60])))
except Exception as e:
    print('sorted([10, 20, 30, 40, 50, 60])', '->', type(e).__name__ + ':', e)
try:
    print('sorted([10, 20, 30, 40, 50, 60], reverse=True)', '->', repr(sorted([10, 20, 30, 40, 50, 60], reverse=True)))
except Exception as e:
    print('sorted([10, 20, 30, 40, 50, 60], reverse=True)', '->', type(e).__name__ + ':', e)
try:
    print('sorted([10, 20, 30, 40, 50, 60], key=lambda v: -v)', '->', repr(sorted([10, 20, 30, 40, 50, 60], key=lambda v: -v)))
except Exception as e:
    print('sorted([10, 20, 30, 40, 50, 60], key=lambda v: -v)', '->', type(e).__name__ + ':', e)
try:
    print('min([10, 20, 30, 40, 50, 60])', '->', repr(min([10, 20, 30, 40, 50, 60])))
except Exception as e:
    print('min([10, 20, 30, 40, 50, 60])', '->', type(e).__name__ + ':', e)
try:
    print('max([10, 20, 30, 40, 50, 60])', '->', repr(max([10, 20, 30, 40, 50, 60])))
except Exception as e:
    print('max([10, 20, 30, 40, 50, 60])', '->', type(e).__name__ + ':', e)
try:
    print('sum([10, 20, 30, 40, 50, 60])', '->', repr(sum([10, 20, 30, 40, 50, 60])))
except Exception as e:
    print('sum([10, 20, 30, 40, 50, 60])', '->', type(e).__name__ + ':', e)
try:
    print('len([10, 20, 30, 40, 50, 60])', '->', repr(len([10, 20, 30, 40, 50, 60])))
except Exception as e:
    print('len([10, 20, 30, 40, 50, 60])', '->', type(e).__name__ + ':', e)
try:
    print('list(reversed([10, 20, 30, 40, 50, 60]))', '->', repr(list(reversed([10, 20, 30, 40, 50, 60]))))
except Exception as e:
    print('list(reversed([10, 20, 30, 40, 50, 60]))', '->', type(e).__name__ + ':', e)
try:
    print('list(enumerate([10, 20, 30, 40, 50, 60]))', '->', repr(list(enumerate([10, 20, 30, 40, 50, 60]))))
except Exception as e:
    print('list(enumerate([10, 20, 30, 40, 50, 60]))', '->', type(e).__name__ + ':', e)
try:
    print('list(zip([10, 20, 30, 40, 50, 60], [10, 20, 30, 40, 50, 60][1:]))', '->', repr(list(zip([10, 20, 30, 40, 50, 60], [10, 20, 30, 40, 50, 60][1:]))))
except Exception as e:
    print('list(zip([10, 20, 30, 40, 50, 60], [10, 20, 30, 40, 50, 60][1:]))', '->', type(e).__name__ + ':', e)
try:
    print('list(map(lambda v: v * 2, [10, 20, 30, 40, 50, 60]))', '->', repr(list(map(lambda v: v * 2, [10, 20, 30, 40, 50, 60]))))
except Exception as e:
    print('list(map(lambda v: v * 2, [10, 20, 30, 40, 50, 60]))', '->', type(e).__name__ + ':', e)
try:
    print('list(filter(None, [10, 20, 30, 40, 50, 60]))', '->', repr(list(filter(None, [10, 20, 30, 40, 50, 60]))))
except Exception as e:
    print('list(filter(None, [10, 20, 30, 40, 50, 60]))', '->', type(e).__name__ + ':', e)
try:
    print('any([10, 20, 30, 40, 50, 60])', '->', repr(any([10, 20, 30, 40, 50, 60])))
except Exception as e:
    print('any([10, 20, 30, 40, 50, 60])', '->', type(e).__name__ + ':', e)
try:
    print('all([10, 20, 30, 40, 50, 60])', '->', repr(all([10, 20, 30, 40, 50, 60])))
except Exception as e:
    print('all([10, 20, 30, 40, 50, 60])', '->', type(e).__name__ + ':', e)
try:
    print('min([10, 20, 30, 40, 50, 60], default=0)', '->', repr(min([10, 20, 30, 40, 50, 60], default=0)))
except Exception as e:
    print('min([10, 20, 30, 40, 50, 60], default=0)', '->', type(e).__name__ + ':', e)
try:
    print('max([10, 20, 30, 40, 50, 60], key=abs)', '->', repr(max([10, 20, 30, 40, 50, 60], key=abs)))
except Exception as e:
    print('max([10, 20, 30, 40, 50, 60], key=abs)', '->', type(e).__name__ + ':', e)
try:
    print('sum([10, 20, 30, 40, 50, 60], 10)', '->', repr(sum([10, 20, 30, 40, 50, 60], 10)))
except Exception as e:
    print('sum([10, 20, 30, 40, 50, 60], 10)', '->', type(e).__name__ + ':', e)
try:
    print('tuple([10, 20, 30, 40, 50, 60])', '->', repr(tuple([10, 20, 30, 40, 50, 60])))
except Exception as e:
    print('tuple([10, 20, 30, 40, 50, 60])', '->', type(e).__name__ + ':', e)
try:
    print('set([10, 20, 30, 40, 50, 60]) == set([10, 20, 30, 40, 50, 60])', '->', repr(set([10, 20, 30, 40, 50, 60]) == set([10, 20, 30, 40, 50, 60])))
except Exception as e:
    print('set([10, 20, 30, 40, 50, 60]) == set([10, 20, 30, 40, 50, 60])', '->', type(e).__name__ + ':', e)
try:
    print('[10, 20, 30, 40, 50, 60].index([10, 20, 30, 40, 50, 60][0])', '->', repr([10, 20, 30, 40, 50, 60].index([10, 20, 30, 40, 50, 60][0])))
except Exception as e:
    print('[10, 20, 30, 40, 50, 60].index([10, 20, 30, 40, 50, 60][0])', '->', type(e).__name__ + ':', e)
try:
    print('[10, 20, 30, 40, 50, 60].count([10, 20, 30, 40, 50, 60][0])', '->', repr([10, 20, 30, 40, 50, 60].count([10, 20, 30, 40, 50, 60][0])))
except Exception as e:
    print('[10, 20, 30, 40, 50, 60].count([10, 20, 30, 40, 50, 60][0])', '->', type(e).__name__ + ':', e)
try:
    print('[v for v in [10, 20, 30, 40, 50, 60] if v > 0]', '->', repr([v for v in [10, 20, 30, 40, 50, 60] if v > 0]))
except Exception as e:
    print('[v for v in [10, 20, 30, 40, 50, 60] if v > 0]', '->', type(e).__name__ + ':', e)
try:
    print('{v: v * v for v in [10, 20, 30, 40, 50, 60]}', '->', repr({v: v * v for v in [10, 20, 30, 40, 50, 60]}))
except Exception as e:
    print('{v: v * v for v in [10, 20, 30, 40, 50, 60]}', '->', type(e).__name__ + ':', e)
try:
    print('sum(v * v for v in [10, 20, 30, 40, 50, 60])', '->', repr(sum(v * v for v in [10, 20, 30, 40, 50, 60])))
except Exception as e:
    print('sum(v * v for v in [10, 20, 30, 40, 50, 60])', '->', type(e).__name__ + ':', e)
try:
    print('list(range(len([10, 20, 30, 40, 50, 60])))', '->', repr(list(range(len([10, 20, 30, 40, 50, 60])))))
except Exception as e:
    print('list(range(len([10, 20, 30, 40, 50, 60])))', '->', type(e).__name__ + ':', e)
try:
    print('sorted([10, 20, 30, 40, 50, 60])[::2]', '->', repr(sorted([10, 20, 30, 40, 50, 60])[::2]))
except Exception as e:
    print('sorted([10, 20, 30, 40, 50, 60])[::2]', '->', type(e).__name__ + ':', e)
try:
    print('[10, 20, 30, 40, 50, 60] + [10, 20, 30, 40, 50, 60]', '->', repr([10, 20, 30, 40, 50, 60] + [10, 20, 30, 40, 50, 60]))
except Exception as e:
    print('[10, 20, 30, 40, 50, 60] + [10, 20, 30, 40, 50, 60]', '->', type(e).__name__ + ':', e)
try:
    print('[10, 20, 30, 40, 50, 60] * 2', '->', repr([10, 20, 30, 40, 50, 60] * 2))
except Exception as e:
    print('[10, 20, 30, 40, 50, 60] * 2', '->', type(e).__name__ + ':', e)
try:
    print('[10, 20, 30, 40, 50, 60][::-1]', '->', repr([10, 20, 30, 40, 50, 60][::-1]))
except Exception as e:
    print('[10, 20, 30, 40, 50, 60][::-1]', '->', type(e).__name__ + ':', e)
