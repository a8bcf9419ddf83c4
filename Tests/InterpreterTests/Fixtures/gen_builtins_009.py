# Generated: builtins and list operations on one list.
try:
    print('sorted(list(range(10)))', '->', repr(sorted(list(range(10)))))
except Exception as e:
    print('sorted(list(range(10)))', '->', type(e).__name__ + ':', e)
try:
    print('sorted(list(range(10)), reverse=True)', '->', repr(sorted(list(range(10)), reverse=True)))
except Exception as e:
    print('sorted(list(range(10)), reverse=True)', '->', type(e).__name__ + ':', e)
try:
    print('sorted(list(range(10)), key=lambda v: -v)', '->', repr(sorted(list(range(10)), key=lambda v: -v)))
except Exception as e:
    print('sorted(list(range(10)), key=lambda v: -v)', '->', type(e).__name__ + ':', e)
try:
    print('min(list(range(10)))', '->', repr(min(list(range(10)))))
except Exception as e:
    print('min(list(range(10)))', '->', type(e).__name__ + ':', e)
try:
    print('max(list(range(10)))', '->', repr(max(list(range(10)))))
except Exception as e:
    print('max(list(range(10)))', '->', type(e).__name__ + ':', e)
try:
    print('sum(list(range(10)))', '->', repr(sum(list(range(10)))))
except Exception as e:
    print('sum(list(range(10)))', '->', type(e).__name__ + ':', e)
try:
    print('len(list(range(10)))', '->', repr(len(list(range(10)))))
except Exception as e:
    print('len(list(range(10)))', '->', type(e).__name__ + ':', e)
try:
    print('list(reversed(list(range(10))))', '->', repr(list(reversed(list(range(10))))))
except Exception as e:
    print('list(reversed(list(range(10))))', '->', type(e).__name__ + ':', e)
try:
    print('list(enumerate(list(range(10))))', '->', repr(list(enumerate(list(range(10))))))
except Exception as e:
    print('list(enumerate(list(range(10))))', '->', type(e).__name__ + ':', e)
try:
    print('list(zip(list(range(10)), list(range(10))[1:]))', '->', repr(list(zip(list(range(10)), list(range(10))[1:]))))
except Exception as e:
    print('list(zip(list(range(10)), list(range(10))[1:]))', '->', type(e).__name__ + ':', e)
try:
    print('list(map(lambda v: v * 2, list(range(10))))', '->', repr(list(map(lambda v: v * 2, list(range(10))))))
except Exception as e:
    print('list(map(lambda v: v * 2, list(range(10))))', '->', type(e).__name__ + ':', e)
try:
    print('list(filter(None, list(range(10))))', '->', repr(list(filter(None, list(range(10))))))
except Exception as e:
    print('list(filter(None, list(range(10))))', '->', type(e).__name__ + ':', e)
try:
    print('any(list(range(10)))', '->', repr(any(list(range(10)))))
except Exception as e:
    print('any(list(range(10)))', '->', type(e).__name__ + ':', e)
try:
    print('all(list(range(10)))', '->', repr(all(list(range(10)))))
except Exception as e:
    print('all(list(range(10)))', '->', type(e).__name__ + ':', e)
try:
    print('min(list(range(10)), default=0)', '->', repr(min(list(range(10)), default=0)))
except Exception as e:
    print('min(list(range(10)), default=0)', '->', type(e).__name__ + ':', e)
try:
    print('max(list(range(10)), key=abs)', '->', repr(max(list(range(10)), key=abs)))
except Exception as e:
    print('max(list(range(10)), key=abs)', '->', type(e).__name__ + ':', e)
try:
    print('sum(list(range(10)), 10)', '->', repr(sum(list(range(10)), 10)))
except Exception as e:
    print('sum(list(range(10)), 10)', '->', type(e).__name__ + ':', e)
try:
    print('tuple(list(range(10)))', '->', repr(tuple(list(range(10)))))
except Exception as e:
    print('tuple(list(range(10)))', '->', type(e).__name__ + ':', e)
try:
    print('set(list(range(10))) == set(list(range(10)))', '->', repr(set(list(range(10))) == set(list(range(10)))))
except Exception as e:
    print('set(list(range(10))) == set(list(range(10)))', '->', type(e).__name__ + ':', e)
try:
    print('list(range(10)).index(list(range(10))[0])', '->', repr(list(range(10)).index(list(range(10))[0])))
except Exception as e:
    print('list(range(10)).index(list(range(10))[0])', '->', type(e).__name__ + ':', e)
try:
    print('list(range(10)).count(list(range(10))[0])', '->', repr(list(range(10)).count(list(range(10))[0])))
except Exception as e:
    print('list(range(10)).count(list(range(10))[0])', '->', type(e).__name__ + ':', e)
try:
    print('[v for v in list(range(10)) if v > 0]', '->', repr([v for v in list(range(10)) if v > 0]))
except Exception as e:
    print('[v for v in list(range(10)) if v > 0]', '->', type(e).__name__ + ':', e)
try:
    print('{v: v * v for v in list(range(10))}', '->', repr({v: v * v for v in list(range(10))}))
except Exception as e:
    print('{v: v * v for v in list(range(10))}', '->', type(e).__name__ + ':', e)
try:
    print('sum(v * v for v in list(range(10)))', '->', repr(sum(v * v for v in list(range(10)))))
except Exception as e:
    print('sum(v * v for v in list(range(10)))', '->', type(e).__name__ + ':', e)
try:
    print('list(range(len(list(range(10)))))', '->', repr(list(range(len(list(range(10)))))))
except Exception as e:
    print('list(range(len(list(range(10)))))', '->', type(e).__name__ + ':', e)
try:
    print('sorted(list(range(10)))[::2]', '->', repr(sorted(list(range(10)))[::2]))
except Exception as e:
    print('sorted(list(range(10)))[::2]', '->', type(e).__name__ + ':', e)
try:
    print('list(range(10)) + list(range(10))', '->', repr(list(range(10)) + list(range(10))))
except Exception as e:
    print('list(range(10)) + list(range(10))', '->', type(e).__name__ + ':', e)
try:
    print('list(range(10)) * 2', '->', repr(list(range(10)) * 2))
except Exception as e:
    print('list(range(10)) * 2', '->', type(e).__name__ + ':', e)
try:
    print('list(range(10))[::-1]', '->', repr(list(range(10))[::-1]))
except Exception as e:
    print('list(range(10))[::-1]', '->', type(e).__name__ + ':', e)
