# Generated: numpy printing and arithmetic on one array.
import numpy as np
np.random.seed(9)
a = np.random.randint(-50, 50, (2, 5))
try:
    print('a', '->', repr(a))
except Exception as e:
    print('a', '->', type(e).__name__ + ':', e)
try:
    print('repr(a)', '->', repr(repr(a)))
except Exception as e:
    print('repr(a)', '->', type(e).__name__ + ':', e)
try:
    print('a.shape', '->', repr(a.shape))
except Exception as e:
    print('a.shape', '->', type(e).__name__ + ':', e)
try:
    print('a.dtype', '->', repr(a.dtype))
except Exception as e:
    print('a.dtype', '->', type(e).__name__ + ':', e)
try:
    print('a * 2', '->', repr(a * 2))
except Exception as e:
    print('a * 2', '->', type(e).__name__ + ':', e)
try:
    print('a + 1', '->', repr(a + 1))
except Exception as e:
    print('a + 1', '->', type(e).__name__ + ':', e)
try:
    print('a - a.mean()', '->', repr(a - a.mean()))
except Exception as e:
    print('a - a.mean()', '->', type(e).__name__ + ':', e)
try:
    print('a.sum()', '->', repr(a.sum()))
except Exception as e:
    print('a.sum()', '->', type(e).__name__ + ':', e)
try:
    print('a.max()', '->', repr(a.max()))
except Exception as e:
    print('a.max()', '->', type(e).__name__ + ':', e)
try:
    print('a.min()', '->', repr(a.min()))
except Exception as e:
    print('a.min()', '->', type(e).__name__ + ':', e)
try:
    print('a.mean()', '->', repr(a.mean()))
except Exception as e:
    print('a.mean()', '->', type(e).__name__ + ':', e)
try:
    print('a.std()', '->', repr(a.std()))
except Exception as e:
    print('a.std()', '->', type(e).__name__ + ':', e)
try:
    print('a.T', '->', repr(a.T))
except Exception as e:
    print('a.T', '->', type(e).__name__ + ':', e)
try:
    print('a.ravel()[:5]', '->', repr(a.ravel()[:5]))
except Exception as e:
    print('a.ravel()[:5]', '->', type(e).__name__ + ':', e)
try:
    print('np.sort(a, axis=None)[:4]', '->', repr(np.sort(a, axis=None)[:4]))
except Exception as e:
    print('np.sort(a, axis=None)[:4]', '->', type(e).__name__ + ':', e)
try:
    print('a.astype(np.float64) ** 2', '->', repr(a.astype(np.float64) ** 2))
except Exception as e:
    print('a.astype(np.float64) ** 2', '->', type(e).__name__ + ':', e)
try:
    print('np.abs(a)', '->', repr(np.abs(a)))
except Exception as e:
    print('np.abs(a)', '->', type(e).__name__ + ':', e)
try:
    print('np.round(a, 2)', '->', repr(np.round(a, 2)))
except Exception as e:
    print('np.round(a, 2)', '->', type(e).__name__ + ':', e)
try:
    print('a > 0', '->', repr(a > 0))
except Exception as e:
    print('a > 0', '->', type(e).__name__ + ':', e)
try:
    print('a[a > 0]', '->', repr(a[a > 0]))
except Exception as e:
    print('a[a > 0]', '->', type(e).__name__ + ':', e)
try:
    print('np.cumsum(a)', '->', repr(np.cumsum(a)))
except Exception as e:
    print('np.cumsum(a)', '->', type(e).__name__ + ':', e)
try:
    print('a.argmax()', '->', repr(a.argmax()))
except Exception as e:
    print('a.argmax()', '->', type(e).__name__ + ':', e)
try:
    print('np.clip(a, 0, 1)', '->', repr(np.clip(a, 0, 1)))
except Exception as e:
    print('np.clip(a, 0, 1)', '->', type(e).__name__ + ':', e)
try:
    print('np.where(a > 0, a, 0)', '->', repr(np.where(a > 0, a, 0)))
except Exception as e:
    print('np.where(a > 0, a, 0)', '->', type(e).__name__ + ':', e)
try:
    print('a.tolist()', '->', repr(a.tolist()))
except Exception as e:
    print('a.tolist()', '->', type(e).__name__ + ':', e)
