# Generated: every operator with one left operand.
try:
    print('(0) + (0)', '->', repr((0) + (0)))
except Exception as e:
    print('(0) + (0)', '->', type(e).__name__ + ':', e)
try:
    print('(0) + (1)', '->', repr((0) + (1)))
except Exception as e:
    print('(0) + (1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) + (-1)', '->', repr((0) + (-1)))
except Exception as e:
    print('(0) + (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) + (7)', '->', repr((0) + (7)))
except Exception as e:
    print('(0) + (7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) + (-7)', '->', repr((0) + (-7)))
except Exception as e:
    print('(0) + (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) + (3)', '->', repr((0) + (3)))
except Exception as e:
    print('(0) + (3)', '->', type(e).__name__ + ':', e)
try:
    print('(0) + (2.5)', '->', repr((0) + (2.5)))
except Exception as e:
    print('(0) + (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) + (-2.5)', '->', repr((0) + (-2.5)))
except Exception as e:
    print('(0) + (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) + (0.1)', '->', repr((0) + (0.1)))
except Exception as e:
    print('(0) + (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) + (1e300)', '->', repr((0) + (1e300)))
except Exception as e:
    print('(0) + (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(0) + (True)', '->', repr((0) + (True)))
except Exception as e:
    print('(0) + (True)', '->', type(e).__name__ + ':', e)
try:
    print('(0) + (False)', '->', repr((0) + (False)))
except Exception as e:
    print('(0) + (False)', '->', type(e).__name__ + ':', e)
try:
    print('(0) + (2**40)', '->', repr((0) + (2**40)))
except Exception as e:
    print('(0) + (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(0) - (0)', '->', repr((0) - (0)))
except Exception as e:
    print('(0) - (0)', '->', type(e).__name__ + ':', e)
try:
    print('(0) - (1)', '->', repr((0) - (1)))
except Exception as e:
    print('(0) - (1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) - (-1)', '->', repr((0) - (-1)))
except Exception as e:
    print('(0) - (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) - (7)', '->', repr((0) - (7)))
except Exception as e:
    print('(0) - (7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) - (-7)', '->', repr((0) - (-7)))
except Exception as e:
    print('(0) - (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) - (3)', '->', repr((0) - (3)))
except Exception as e:
    print('(0) - (3)', '->', type(e).__name__ + ':', e)
try:
    print('(0) - (2.5)', '->', repr((0) - (2.5)))
except Exception as e:
    print('(0) - (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) - (-2.5)', '->', repr((0) - (-2.5)))
except Exception as e:
    print('(0) - (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) - (0.1)', '->', repr((0) - (0.1)))
except Exception as e:
    print('(0) - (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) - (1e300)', '->', repr((0) - (1e300)))
except Exception as e:
    print('(0) - (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(0) - (True)', '->', repr((0) - (True)))
except Exception as e:
    print('(0) - (True)', '->', type(e).__name__ + ':', e)
try:
    print('(0) - (False)', '->', repr((0) - (False)))
except Exception as e:
    print('(0) - (False)', '->', type(e).__name__ + ':', e)
try:
    print('(0) - (2**40)', '->', repr((0) - (2**40)))
except Exception as e:
    print('(0) - (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(0) * (0)', '->', repr((0) * (0)))
except Exception as e:
    print('(0) * (0)', '->', type(e).__name__ + ':', e)
try:
    print('(0) * (1)', '->', repr((0) * (1)))
except Exception as e:
    print('(0) * (1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) * (-1)', '->', repr((0) * (-1)))
except Exception as e:
    print('(0) * (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) * (7)', '->', repr((0) * (7)))
except Exception as e:
    print('(0) * (7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) * (-7)', '->', repr((0) * (-7)))
except Exception as e:
    print('(0) * (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) * (3)', '->', repr((0) * (3)))
except Exception as e:
    print('(0) * (3)', '->', type(e).__name__ + ':', e)
try:
    print('(0) * (2.5)', '->', repr((0) * (2.5)))
except Exception as e:
    print('(0) * (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) * (-2.5)', '->', repr((0) * (-2.5)))
except Exception as e:
    print('(0) * (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) * (0.1)', '->', repr((0) * (0.1)))
except Exception as e:
    print('(0) * (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) * (1e300)', '->', repr((0) * (1e300)))
except Exception as e:
    print('(0) * (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(0) * (True)', '->', repr((0) * (True)))
except Exception as e:
    print('(0) * (True)', '->', type(e).__name__ + ':', e)
try:
    print('(0) * (False)', '->', repr((0) * (False)))
except Exception as e:
    print('(0) * (False)', '->', type(e).__name__ + ':', e)
try:
    print('(0) * (2**40)', '->', repr((0) * (2**40)))
except Exception as e:
    print('(0) * (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(0) / (0)', '->', repr((0) / (0)))
except Exception as e:
    print('(0) / (0)', '->', type(e).__name__ + ':', e)
try:
    print('(0) / (1)', '->', repr((0) / (1)))
except Exception as e:
    print('(0) / (1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) / (-1)', '->', repr((0) / (-1)))
except Exception as e:
    print('(0) / (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) / (7)', '->', repr((0) / (7)))
except Exception as e:
    print('(0) / (7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) / (-7)', '->', repr((0) / (-7)))
except Exception as e:
    print('(0) / (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) / (3)', '->', repr((0) / (3)))
except Exception as e:
    print('(0) / (3)', '->', type(e).__name__ + ':', e)
try:
    print('(0) / (2.5)', '->', repr((0) / (2.5)))
except Exception as e:
    print('(0) / (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) / (-2.5)', '->', repr((0) / (-2.5)))
except Exception as e:
    print('(0) / (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) / (0.1)', '->', repr((0) / (0.1)))
except Exception as e:
    print('(0) / (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) / (1e300)', '->', repr((0) / (1e300)))
except Exception as e:
    print('(0) / (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(0) / (True)', '->', repr((0) / (True)))
except Exception as e:
    print('(0) / (True)', '->', type(e).__name__ + ':', e)
try:
    print('(0) / (False)', '->', repr((0) / (False)))
except Exception as e:
    print('(0) / (False)', '->', type(e).__name__ + ':', e)
try:
    print('(0) / (2**40)', '->', repr((0) / (2**40)))
except Exception as e:
    print('(0) / (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(0) // (0)', '->', repr((0) // (0)))
except Exception as e:
    print('(0) // (0)', '->', type(e).__name__ + ':', e)
try:
    print('(0) // (1)', '->', repr((0) // (1)))
except Exception as e:
    print('(0) // (1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) // (-1)', '->', repr((0) // (-1)))
except Exception as e:
    print('(0) // (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) // (7)', '->', repr((0) // (7)))
except Exception as e:
    print('(0) // (7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) // (-7)', '->', repr((0) // (-7)))
except Exception as e:
    print('(0) // (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) // (3)', '->', repr((0) // (3)))
except Exception as e:
    print('(0) // (3)', '->', type(e).__name__ + ':', e)
try:
    print('(0) // (2.5)', '->', repr((0) // (2.5)))
except Exception as e:
    print('(0) // (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) // (-2.5)', '->', repr((0) // (-2.5)))
except Exception as e:
    print('(0) // (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) // (0.1)', '->', repr((0) // (0.1)))
except Exception as e:
    print('(0) // (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) // (1e300)', '->', repr((0) // (1e300)))
except Exception as e:
    print('(0) // (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(0) // (True)', '->', repr((0) // (True)))
except Exception as e:
    print('(0) // (True)', '->', type(e).__name__ + ':', e)
try:
    print('(0) // (False)', '->', repr((0) // (False)))
except Exception as e:
    print('(0) // (False)', '->', type(e).__name__ + ':', e)
try:
    print('(0) // (2**40)', '->', repr((0) // (2**40)))
except Exception as e:
    print('(0) // (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(0) % (0)', '->', repr((0) % (0)))
except Exception as e:
    print('(0) % (0)', '->', type(e).__name__ + ':', e)
try:
    print('(0) % (1)', '->', repr((0) % (1)))
except Exception as e:
    print('(0) % (1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) % (-1)', '->', repr((0) % (-1)))
except Exception as e:
    print('(0) % (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) % (7)', '->', repr((0) % (7)))
except Exception as e:
    print('(0) % (7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) % (-7)', '->', repr((0) % (-7)))
except Exception as e:
    print('(0) % (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) % (3)', '->', repr((0) % (3)))
except Exception as e:
    print('(0) % (3)', '->', type(e).__name__ + ':', e)
try:
    print('(0) % (2.5)', '->', repr((0) % (2.5)))
except Exception as e:
    print('(0) % (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) % (-2.5)', '->', repr((0) % (-2.5)))
except Exception as e:
    print('(0) % (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) % (0.1)', '->', repr((0) % (0.1)))
except Exception as e:
    print('(0) % (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) % (1e300)', '->', repr((0) % (1e300)))
except Exception as e:
    print('(0) % (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(0) % (True)', '->', repr((0) % (True)))
except Exception as e:
    print('(0) % (True)', '->', type(e).__name__ + ':', e)
try:
    print('(0) % (False)', '->', repr((0) % (False)))
except Exception as e:
    print('(0) % (False)', '->', type(e).__name__ + ':', e)
try:
    print('(0) % (2**40)', '->', repr((0) % (2**40)))
except Exception as e:
    print('(0) % (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(0) ** (0)', '->', repr((0) ** (0)))
except Exception as e:
    print('(0) ** (0)', '->', type(e).__name__ + ':', e)
try:
    print('(0) ** (1)', '->', repr((0) ** (1)))
except Exception as e:
    print('(0) ** (1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) ** (-1)', '->', repr((0) ** (-1)))
except Exception as e:
    print('(0) ** (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) ** (3)', '->', repr((0) ** (3)))
except Exception as e:
    print('(0) ** (3)', '->', type(e).__name__ + ':', e)
try:
    print('(0) ** (True)', '->', repr((0) ** (True)))
except Exception as e:
    print('(0) ** (True)', '->', type(e).__name__ + ':', e)
try:
    print('(0) ** (False)', '->', repr((0) ** (False)))
except Exception as e:
    print('(0) ** (False)', '->', type(e).__name__ + ':', e)
try:
    print('(0) == (0)', '->', repr((0) == (0)))
except Exception as e:
    print('(0) == (0)', '->', type(e).__name__ + ':', e)
try:
    print('(0) == (1)', '->', repr((0) == (1)))
except Exception as e:
    print('(0) == (1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) == (-1)', '->', repr((0) == (-1)))
except Exception as e:
    print('(0) == (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) == (7)', '->', repr((0) == (7)))
except Exception as e:
    print('(0) == (7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) == (-7)', '->', repr((0) == (-7)))
except Exception as e:
    print('(0) == (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) == (3)', '->', repr((0) == (3)))
except Exception as e:
    print('(0) == (3)', '->', type(e).__name__ + ':', e)
try:
    print('(0) == (2.5)', '->', repr((0) == (2.5)))
except Exception as e:
    print('(0) == (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) == (-2.5)', '->', repr((0) == (-2.5)))
except Exception as e:
    print('(0) == (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) == (0.1)', '->', repr((0) == (0.1)))
except Exception as e:
    print('(0) == (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) == (1e300)', '->', repr((0) == (1e300)))
except Exception as e:
    print('(0) == (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(0) == (True)', '->', repr((0) == (True)))
except Exception as e:
    print('(0) == (True)', '->', type(e).__name__ + ':', e)
try:
    print('(0) == (False)', '->', repr((0) == (False)))
except Exception as e:
    print('(0) == (False)', '->', type(e).__name__ + ':', e)
try:
    print('(0) == (2**40)', '->', repr((0) == (2**40)))
except Exception as e:
    print('(0) == (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(0) < (0)', '->', repr((0) < (0)))
except Exception as e:
    print('(0) < (0)', '->', type(e).__name__ + ':', e)
try:
    print('(0) < (1)', '->', repr((0) < (1)))
except Exception as e:
    print('(0) < (1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) < (-1)', '->', repr((0) < (-1)))
except Exception as e:
    print('(0) < (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) < (7)', '->', repr((0) < (7)))
except Exception as e:
    print('(0) < (7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) < (-7)', '->', repr((0) < (-7)))
except Exception as e:
    print('(0) < (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) < (3)', '->', repr((0) < (3)))
except Exception as e:
    print('(0) < (3)', '->', type(e).__name__ + ':', e)
try:
    print('(0) < (2.5)', '->', repr((0) < (2.5)))
except Exception as e:
    print('(0) < (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) < (-2.5)', '->', repr((0) < (-2.5)))
except Exception as e:
    print('(0) < (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) < (0.1)', '->', repr((0) < (0.1)))
except Exception as e:
    print('(0) < (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) < (1e300)', '->', repr((0) < (1e300)))
except Exception as e:
    print('(0) < (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(0) < (True)', '->', repr((0) < (True)))
except Exception as e:
    print('(0) < (True)', '->', type(e).__name__ + ':', e)
try:
    print('(0) < (False)', '->', repr((0) < (False)))
except Exception as e:
    print('(0) < (False)', '->', type(e).__name__ + ':', e)
try:
    print('(0) < (2**40)', '->', repr((0) < (2**40)))
except Exception as e:
    print('(0) < (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >= (0)', '->', repr((0) >= (0)))
except Exception as e:
    print('(0) >= (0)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >= (1)', '->', repr((0) >= (1)))
except Exception as e:
    print('(0) >= (1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >= (-1)', '->', repr((0) >= (-1)))
except Exception as e:
    print('(0) >= (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >= (7)', '->', repr((0) >= (7)))
except Exception as e:
    print('(0) >= (7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >= (-7)', '->', repr((0) >= (-7)))
except Exception as e:
    print('(0) >= (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >= (3)', '->', repr((0) >= (3)))
except Exception as e:
    print('(0) >= (3)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >= (2.5)', '->', repr((0) >= (2.5)))
except Exception as e:
    print('(0) >= (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >= (-2.5)', '->', repr((0) >= (-2.5)))
except Exception as e:
    print('(0) >= (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >= (0.1)', '->', repr((0) >= (0.1)))
except Exception as e:
    print('(0) >= (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >= (1e300)', '->', repr((0) >= (1e300)))
except Exception as e:
    print('(0) >= (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >= (True)', '->', repr((0) >= (True)))
except Exception as e:
    print('(0) >= (True)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >= (False)', '->', repr((0) >= (False)))
except Exception as e:
    print('(0) >= (False)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >= (2**40)', '->', repr((0) >= (2**40)))
except Exception as e:
    print('(0) >= (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(0) & (0)', '->', repr((0) & (0)))
except Exception as e:
    print('(0) & (0)', '->', type(e).__name__ + ':', e)
try:
    print('(0) & (1)', '->', repr((0) & (1)))
except Exception as e:
    print('(0) & (1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) & (-1)', '->', repr((0) & (-1)))
except Exception as e:
    print('(0) & (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) & (7)', '->', repr((0) & (7)))
except Exception as e:
    print('(0) & (7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) & (-7)', '->', repr((0) & (-7)))
except Exception as e:
    print('(0) & (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) & (3)', '->', repr((0) & (3)))
except Exception as e:
    print('(0) & (3)', '->', type(e).__name__ + ':', e)
try:
    print('(0) & (2.5)', '->', repr((0) & (2.5)))
except Exception as e:
    print('(0) & (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) & (-2.5)', '->', repr((0) & (-2.5)))
except Exception as e:
    print('(0) & (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) & (0.1)', '->', repr((0) & (0.1)))
except Exception as e:
    print('(0) & (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) & (1e300)', '->', repr((0) & (1e300)))
except Exception as e:
    print('(0) & (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(0) & (True)', '->', repr((0) & (True)))
except Exception as e:
    print('(0) & (True)', '->', type(e).__name__ + ':', e)
try:
    print('(0) & (False)', '->', repr((0) & (False)))
except Exception as e:
    print('(0) & (False)', '->', type(e).__name__ + ':', e)
try:
    print('(0) & (2**40)', '->', repr((0) & (2**40)))
except Exception as e:
    print('(0) & (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(0) | (0)', '->', repr((0) | (0)))
except Exception as e:
    print('(0) | (0)', '->', type(e).__name__ + ':', e)
try:
    print('(0) | (1)', '->', repr((0) | (1)))
except Exception as e:
    print('(0) | (1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) | (-1)', '->', repr((0) | (-1)))
except Exception as e:
    print('(0) | (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) | (7)', '->', repr((0) | (7)))
except Exception as e:
    print('(0) | (7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) | (-7)', '->', repr((0) | (-7)))
except Exception as e:
    print('(0) | (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) | (3)', '->', repr((0) | (3)))
except Exception as e:
    print('(0) | (3)', '->', type(e).__name__ + ':', e)
try:
    print('(0) | (2.5)', '->', repr((0) | (2.5)))
except Exception as e:
    print('(0) | (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) | (-2.5)', '->', repr((0) | (-2.5)))
except Exception as e:
    print('(0) | (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) | (0.1)', '->', repr((0) | (0.1)))
except Exception as e:
    print('(0) | (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) | (1e300)', '->', repr((0) | (1e300)))
except Exception as e:
    print('(0) | (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(0) | (True)', '->', repr((0) | (True)))
except Exception as e:
    print('(0) | (True)', '->', type(e).__name__ + ':', e)
try:
    print('(0) | (False)', '->', repr((0) | (False)))
except Exception as e:
    print('(0) | (False)', '->', type(e).__name__ + ':', e)
try:
    print('(0) | (2**40)', '->', repr((0) | (2**40)))
except Exception as e:
    print('(0) | (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(0) ^ (0)', '->', repr((0) ^ (0)))
except Exception as e:
    print('(0) ^ (0)', '->', type(e).__name__ + ':', e)
try:
    print('(0) ^ (1)', '->', repr((0) ^ (1)))
except Exception as e:
    print('(0) ^ (1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) ^ (-1)', '->', repr((0) ^ (-1)))
except Exception as e:
    print('(0) ^ (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) ^ (7)', '->', repr((0) ^ (7)))
except Exception as e:
    print('(0) ^ (7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) ^ (-7)', '->', repr((0) ^ (-7)))
except Exception as e:
    print('(0) ^ (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) ^ (3)', '->', repr((0) ^ (3)))
except Exception as e:
    print('(0) ^ (3)', '->', type(e).__name__ + ':', e)
try:
    print('(0) ^ (2.5)', '->', repr((0) ^ (2.5)))
except Exception as e:
    print('(0) ^ (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) ^ (-2.5)', '->', repr((0) ^ (-2.5)))
except Exception as e:
    print('(0) ^ (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) ^ (0.1)', '->', repr((0) ^ (0.1)))
except Exception as e:
    print('(0) ^ (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) ^ (1e300)', '->', repr((0) ^ (1e300)))
except Exception as e:
    print('(0) ^ (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(0) ^ (True)', '->', repr((0) ^ (True)))
except Exception as e:
    print('(0) ^ (True)', '->', type(e).__name__ + ':', e)
try:
    print('(0) ^ (False)', '->', repr((0) ^ (False)))
except Exception as e:
    print('(0) ^ (False)', '->', type(e).__name__ + ':', e)
try:
    print('(0) ^ (2**40)', '->', repr((0) ^ (2**40)))
except Exception as e:
    print('(0) ^ (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(0) << (0)', '->', repr((0) << (0)))
except Exception as e:
    print('(0) << (0)', '->', type(e).__name__ + ':', e)
try:
    print('(0) << (1)', '->', repr((0) << (1)))
except Exception as e:
    print('(0) << (1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) << (-1)', '->', repr((0) << (-1)))
except Exception as e:
    print('(0) << (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) << (7)', '->', repr((0) << (7)))
except Exception as e:
    print('(0) << (7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) << (-7)', '->', repr((0) << (-7)))
except Exception as e:
    print('(0) << (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) << (3)', '->', repr((0) << (3)))
except Exception as e:
    print('(0) << (3)', '->', type(e).__name__ + ':', e)
try:
    print('(0) << (2.5)', '->', repr((0) << (2.5)))
except Exception as e:
    print('(0) << (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) << (-2.5)', '->', repr((0) << (-2.5)))
except Exception as e:
    print('(0) << (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) << (0.1)', '->', repr((0) << (0.1)))
except Exception as e:
    print('(0) << (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) << (1e300)', '->', repr((0) << (1e300)))
except Exception as e:
    print('(0) << (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(0) << (True)', '->', repr((0) << (True)))
except Exception as e:
    print('(0) << (True)', '->', type(e).__name__ + ':', e)
try:
    print('(0) << (False)', '->', repr((0) << (False)))
except Exception as e:
    print('(0) << (False)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >> (0)', '->', repr((0) >> (0)))
except Exception as e:
    print('(0) >> (0)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >> (1)', '->', repr((0) >> (1)))
except Exception as e:
    print('(0) >> (1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >> (-1)', '->', repr((0) >> (-1)))
except Exception as e:
    print('(0) >> (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >> (7)', '->', repr((0) >> (7)))
except Exception as e:
    print('(0) >> (7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >> (-7)', '->', repr((0) >> (-7)))
except Exception as e:
    print('(0) >> (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >> (3)', '->', repr((0) >> (3)))
except Exception as e:
    print('(0) >> (3)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >> (2.5)', '->', repr((0) >> (2.5)))
except Exception as e:
    print('(0) >> (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >> (-2.5)', '->', repr((0) >> (-2.5)))
except Exception as e:
    print('(0) >> (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >> (0.1)', '->', repr((0) >> (0.1)))
except Exception as e:
    print('(0) >> (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >> (1e300)', '->', repr((0) >> (1e300)))
except Exception as e:
    print('(0) >> (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >> (True)', '->', repr((0) >> (True)))
except Exception as e:
    print('(0) >> (True)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >> (False)', '->', repr((0) >> (False)))
except Exception as e:
    print('(0) >> (False)', '->', type(e).__name__ + ':', e)
try:
    print('(0) >> (2**40)', '->', repr((0) >> (2**40)))
except Exception as e:
    print('(0) >> (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(0, 3)', '->', repr(divmod(0, 3)))
except Exception as e:
    print('divmod(0, 3)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(0, -2.5)', '->', repr(divmod(0, -2.5)))
except Exception as e:
    print('divmod(0, -2.5)', '->', type(e).__name__ + ':', e)
try:
    print('pow(0, 2)', '->', repr(pow(0, 2)))
except Exception as e:
    print('pow(0, 2)', '->', type(e).__name__ + ':', e)
try:
    print('-(0)', '->', repr(-(0)))
except Exception as e:
    print('-(0)', '->', type(e).__name__ + ':', e)
try:
    print('~(0)', '->', repr(~(0)))
except Exception as e:
    print('~(0)', '->', type(e).__name__ + ':', e)
try:
    print('not (0)', '->', repr(not (0)))
except Exception as e:
    print('not (0)', '->', type(e).__name__ + ':', e)
