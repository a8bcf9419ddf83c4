# Generated: every operator with one left operand.
try:
    print('(True) + (0)', '->', repr((True) + (0)))
except Exception as e:
    print('(True) + (0)', '->', type(e).__name__ + ':', e)
try:
    print('(True) + (1)', '->', repr((True) + (1)))
except Exception as e:
    print('(True) + (1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) + (-1)', '->', repr((True) + (-1)))
except Exception as e:
    print('(True) + (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) + (7)', '->', repr((True) + (7)))
except Exception as e:
    print('(True) + (7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) + (-7)', '->', repr((True) + (-7)))
except Exception as e:
    print('(True) + (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) + (3)', '->', repr((True) + (3)))
except Exception as e:
    print('(True) + (3)', '->', type(e).__name__ + ':', e)
try:
    print('(True) + (2.5)', '->', repr((True) + (2.5)))
except Exception as e:
    print('(True) + (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) + (-2.5)', '->', repr((True) + (-2.5)))
except Exception as e:
    print('(True) + (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) + (0.1)', '->', repr((True) + (0.1)))
except Exception as e:
    print('(True) + (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) + (1e300)', '->', repr((True) + (1e300)))
except Exception as e:
    print('(True) + (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(True) + (True)', '->', repr((True) + (True)))
except Exception as e:
    print('(True) + (True)', '->', type(e).__name__ + ':', e)
try:
    print('(True) + (False)', '->', repr((True) + (False)))
except Exception as e:
    print('(True) + (False)', '->', type(e).__name__ + ':', e)
try:
    print('(True) + (2**40)', '->', repr((True) + (2**40)))
except Exception as e:
    print('(True) + (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(True) - (0)', '->', repr((True) - (0)))
except Exception as e:
    print('(True) - (0)', '->', type(e).__name__ + ':', e)
try:
    print('(True) - (1)', '->', repr((True) - (1)))
except Exception as e:
    print('(True) - (1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) - (-1)', '->', repr((True) - (-1)))
except Exception as e:
    print('(True) - (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) - (7)', '->', repr((True) - (7)))
except Exception as e:
    print('(True) - (7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) - (-7)', '->', repr((True) - (-7)))
except Exception as e:
    print('(True) - (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) - (3)', '->', repr((True) - (3)))
except Exception as e:
    print('(True) - (3)', '->', type(e).__name__ + ':', e)
try:
    print('(True) - (2.5)', '->', repr((True) - (2.5)))
except Exception as e:
    print('(True) - (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) - (-2.5)', '->', repr((True) - (-2.5)))
except Exception as e:
    print('(True) - (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) - (0.1)', '->', repr((True) - (0.1)))
except Exception as e:
    print('(True) - (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) - (1e300)', '->', repr((True) - (1e300)))
except Exception as e:
    print('(True) - (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(True) - (True)', '->', repr((True) - (True)))
except Exception as e:
    print('(True) - (True)', '->', type(e).__name__ + ':', e)
try:
    print('(True) - (False)', '->', repr((True) - (False)))
except Exception as e:
    print('(True) - (False)', '->', type(e).__name__ + ':', e)
try:
    print('(True) - (2**40)', '->', repr((True) - (2**40)))
except Exception as e:
    print('(True) - (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(True) * (0)', '->', repr((True) * (0)))
except Exception as e:
    print('(True) * (0)', '->', type(e).__name__ + ':', e)
try:
    print('(True) * (1)', '->', repr((True) * (1)))
except Exception as e:
    print('(True) * (1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) * (-1)', '->', repr((True) * (-1)))
except Exception as e:
    print('(True) * (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) * (7)', '->', repr((True) * (7)))
except Exception as e:
    print('(True) * (7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) * (-7)', '->', repr((True) * (-7)))
except Exception as e:
    print('(True) * (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) * (3)', '->', repr((True) * (3)))
except Exception as e:
    print('(True) * (3)', '->', type(e).__name__ + ':', e)
try:
    print('(True) * (2.5)', '->', repr((True) * (2.5)))
except Exception as e:
    print('(True) * (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) * (-2.5)', '->', repr((True) * (-2.5)))
except Exception as e:
    print('(True) * (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) * (0.1)', '->', repr((True) * (0.1)))
except Exception as e:
    print('(True) * (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) * (1e300)', '->', repr((True) * (1e300)))
except Exception as e:
    print('(True) * (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(True) * (True)', '->', repr((True) * (True)))
except Exception as e:
    print('(True) * (True)', '->', type(e).__name__ + ':', e)
try:
    print('(True) * (False)', '->', repr((True) * (False)))
except Exception as e:
    print('(True) * (False)', '->', type(e).__name__ + ':', e)
try:
    print('(True) * (2**40)', '->', repr((True) * (2**40)))
except Exception as e:
    print('(True) * (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(True) / (0)', '->', repr((True) / (0)))
except Exception as e:
    print('(True) / (0)', '->', type(e).__name__ + ':', e)
try:
    print('(True) / (1)', '->', repr((True) / (1)))
except Exception as e:
    print('(True) / (1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) / (-1)', '->', repr((True) / (-1)))
except Exception as e:
    print('(True) / (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) / (7)', '->', repr((True) / (7)))
except Exception as e:
    print('(True) / (7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) / (-7)', '->', repr((True) / (-7)))
except Exception as e:
    print('(True) / (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) / (3)', '->', repr((True) / (3)))
except Exception as e:
    print('(True) / (3)', '->', type(e).__name__ + ':', e)
try:
    print('(True) / (2.5)', '->', repr((True) / (2.5)))
except Exception as e:
    print('(True) / (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) / (-2.5)', '->', repr((True) / (-2.5)))
except Exception as e:
    print('(True) / (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) / (0.1)', '->', repr((True) / (0.1)))
except Exception as e:
    print('(True) / (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) / (1e300)', '->', repr((True) / (1e300)))
except Exception as e:
    print('(True) / (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(True) / (True)', '->', repr((True) / (True)))
except Exception as e:
    print('(True) / (True)', '->', type(e).__name__ + ':', e)
try:
    print('(True) / (False)', '->', repr((True) / (False)))
except Exception as e:
    print('(True) / (False)', '->', type(e).__name__ + ':', e)
try:
    print('(True) / (2**40)', '->', repr((True) / (2**40)))
except Exception as e:
    print('(True) / (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(True) // (0)', '->', repr((True) // (0)))
except Exception as e:
    print('(True) // (0)', '->', type(e).__name__ + ':', e)
try:
    print('(True) // (1)', '->', repr((True) // (1)))
except Exception as e:
    print('(True) // (1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) // (-1)', '->', repr((True) // (-1)))
except Exception as e:
    print('(True) // (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) // (7)', '->', repr((True) // (7)))
except Exception as e:
    print('(True) // (7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) // (-7)', '->', repr((True) // (-7)))
except Exception as e:
    print('(True) // (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) // (3)', '->', repr((True) // (3)))
except Exception as e:
    print('(True) // (3)', '->', type(e).__name__ + ':', e)
try:
    print('(True) // (2.5)', '->', repr((True) // (2.5)))
except Exception as e:
    print('(True) // (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) // (-2.5)', '->', repr((True) // (-2.5)))
except Exception as e:
    print('(True) // (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) // (0.1)', '->', repr((True) // (0.1)))
except Exception as e:
    print('(True) // (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) // (1e300)', '->', repr((True) // (1e300)))
except Exception as e:
    print('(True) // (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(True) // (True)', '->', repr((True) // (True)))
except Exception as e:
    print('(True) // (True)', '->', type(e).__name__ + ':', e)
try:
    print('(True) // (False)', '->', repr((True) // (False)))
except Exception as e:
    print('(True) // (False)', '->', type(e).__name__ + ':', e)
try:
    print('(True) // (2**40)', '->', repr((True) // (2**40)))
except Exception as e:
    print('(True) // (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(True) % (0)', '->', repr((True) % (0)))
except Exception as e:
    print('(True) % (0)', '->', type(e).__name__ + ':', e)
try:
    print('(True) % (1)', '->', repr((True) % (1)))
except Exception as e:
    print('(True) % (1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) % (-1)', '->', repr((True) % (-1)))
except Exception as e:
    print('(True) % (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) % (7)', '->', repr((True) % (7)))
except Exception as e:
    print('(True) % (7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) % (-7)', '->', repr((True) % (-7)))
except Exception as e:
    print('(True) % (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) % (3)', '->', repr((True) % (3)))
except Exception as e:
    print('(True) % (3)', '->', type(e).__name__ + ':', e)
try:
    print('(True) % (2.5)', '->', repr((True) % (2.5)))
except Exception as e:
    print('(True) % (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) % (-2.5)', '->', repr((True) % (-2.5)))
except Exception as e:
    print('(True) % (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) % (0.1)', '->', repr((True) % (0.1)))
except Exception as e:
    print('(True) % (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) % (1e300)', '->', repr((True) % (1e300)))
except Exception as e:
    print('(True) % (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(True) % (True)', '->', repr((True) % (True)))
except Exception as e:
    print('(True) % (True)', '->', type(e).__name__ + ':', e)
try:
    print('(True) % (False)', '->', repr((True) % (False)))
except Exception as e:
    print('(True) % (False)', '->', type(e).__name__ + ':', e)
try:
    print('(True) % (2**40)', '->', repr((True) % (2**40)))
except Exception as e:
    print('(True) % (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(True) ** (0)', '->', repr((True) ** (0)))
except Exception as e:
    print('(True) ** (0)', '->', type(e).__name__ + ':', e)
try:
    print('(True) ** (1)', '->', repr((True) ** (1)))
except Exception as e:
    print('(True) ** (1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) ** (-1)', '->', repr((True) ** (-1)))
except Exception as e:
    print('(True) ** (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) ** (3)', '->', repr((True) ** (3)))
except Exception as e:
    print('(True) ** (3)', '->', type(e).__name__ + ':', e)
try:
    print('(True) ** (True)', '->', repr((True) ** (True)))
except Exception as e:
    print('(True) ** (True)', '->', type(e).__name__ + ':', e)
try:
    print('(True) ** (False)', '->', repr((True) ** (False)))
except Exception as e:
    print('(True) ** (False)', '->', type(e).__name__ + ':', e)
try:
    print('(True) == (0)', '->', repr((True) == (0)))
except Exception as e:
    print('(True) == (0)', '->', type(e).__name__ + ':', e)
try:
    print('(True) == (1)', '->', repr((True) == (1)))
except Exception as e:
    print('(True) == (1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) == (-1)', '->', repr((True) == (-1)))
except Exception as e:
    print('(True) == (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) == (7)', '->', repr((True) == (7)))
except Exception as e:
    print('(True) == (7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) == (-7)', '->', repr((True) == (-7)))
except Exception as e:
    print('(True) == (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) == (3)', '->', repr((True) == (3)))
except Exception as e:
    print('(True) == (3)', '->', type(e).__name__ + ':', e)
try:
    print('(True) == (2.5)', '->', repr((True) == (2.5)))
except Exception as e:
    print('(True) == (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) == (-2.5)', '->', repr((True) == (-2.5)))
except Exception as e:
    print('(True) == (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) == (0.1)', '->', repr((True) == (0.1)))
except Exception as e:
    print('(True) == (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) == (1e300)', '->', repr((True) == (1e300)))
except Exception as e:
    print('(True) == (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(True) == (True)', '->', repr((True) == (True)))
except Exception as e:
    print('(True) == (True)', '->', type(e).__name__ + ':', e)
try:
    print('(True) == (False)', '->', repr((True) == (False)))
except Exception as e:
    print('(True) == (False)', '->', type(e).__name__ + ':', e)
try:
    print('(True) == (2**40)', '->', repr((True) == (2**40)))
except Exception as e:
    print('(True) == (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(True) < (0)', '->', repr((True) < (0)))
except Exception as e:
    print('(True) < (0)', '->', type(e).__name__ + ':', e)
try:
    print('(True) < (1)', '->', repr((True) < (1)))
except Exception as e:
    print('(True) < (1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) < (-1)', '->', repr((True) < (-1)))
except Exception as e:
    print('(True) < (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) < (7)', '->', repr((True) < (7)))
except Exception as e:
    print('(True) < (7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) < (-7)', '->', repr((True) < (-7)))
except Exception as e:
    print('(True) < (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) < (3)', '->', repr((True) < (3)))
except Exception as e:
    print('(True) < (3)', '->', type(e).__name__ + ':', e)
try:
    print('(True) < (2.5)', '->', repr((True) < (2.5)))
except Exception as e:
    print('(True) < (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) < (-2.5)', '->', repr((True) < (-2.5)))
except Exception as e:
    print('(True) < (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) < (0.1)', '->', repr((True) < (0.1)))
except Exception as e:
    print('(True) < (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) < (1e300)', '->', repr((True) < (1e300)))
except Exception as e:
    print('(True) < (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(True) < (True)', '->', repr((True) < (True)))
except Exception as e:
    print('(True) < (True)', '->', type(e).__name__ + ':', e)
try:
    print('(True) < (False)', '->', repr((True) < (False)))
except Exception as e:
    print('(True) < (False)', '->', type(e).__name__ + ':', e)
try:
    print('(True) < (2**40)', '->', repr((True) < (2**40)))
except Exception as e:
    print('(True) < (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >= (0)', '->', repr((True) >= (0)))
except Exception as e:
    print('(True) >= (0)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >= (1)', '->', repr((True) >= (1)))
except Exception as e:
    print('(True) >= (1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >= (-1)', '->', repr((True) >= (-1)))
except Exception as e:
    print('(True) >= (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >= (7)', '->', repr((True) >= (7)))
except Exception as e:
    print('(True) >= (7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >= (-7)', '->', repr((True) >= (-7)))
except Exception as e:
    print('(True) >= (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >= (3)', '->', repr((True) >= (3)))
except Exception as e:
    print('(True) >= (3)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >= (2.5)', '->', repr((True) >= (2.5)))
except Exception as e:
    print('(True) >= (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >= (-2.5)', '->', repr((True) >= (-2.5)))
except Exception as e:
    print('(True) >= (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >= (0.1)', '->', repr((True) >= (0.1)))
except Exception as e:
    print('(True) >= (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >= (1e300)', '->', repr((True) >= (1e300)))
except Exception as e:
    print('(True) >= (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >= (True)', '->', repr((True) >= (True)))
except Exception as e:
    print('(True) >= (True)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >= (False)', '->', repr((True) >= (False)))
except Exception as e:
    print('(True) >= (False)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >= (2**40)', '->', repr((True) >= (2**40)))
except Exception as e:
    print('(True) >= (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(True) & (0)', '->', repr((True) & (0)))
except Exception as e:
    print('(True) & (0)', '->', type(e).__name__ + ':', e)
try:
    print('(True) & (1)', '->', repr((True) & (1)))
except Exception as e:
    print('(True) & (1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) & (-1)', '->', repr((True) & (-1)))
except Exception as e:
    print('(True) & (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) & (7)', '->', repr((True) & (7)))
except Exception as e:
    print('(True) & (7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) & (-7)', '->', repr((True) & (-7)))
except Exception as e:
    print('(True) & (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) & (3)', '->', repr((True) & (3)))
except Exception as e:
    print('(True) & (3)', '->', type(e).__name__ + ':', e)
try:
    print('(True) & (2.5)', '->', repr((True) & (2.5)))
except Exception as e:
    print('(True) & (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) & (-2.5)', '->', repr((True) & (-2.5)))
except Exception as e:
    print('(True) & (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) & (0.1)', '->', repr((True) & (0.1)))
except Exception as e:
    print('(True) & (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) & (1e300)', '->', repr((True) & (1e300)))
except Exception as e:
    print('(True) & (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(True) & (True)', '->', repr((True) & (True)))
except Exception as e:
    print('(True) & (True)', '->', type(e).__name__ + ':', e)
try:
    print('(True) & (False)', '->', repr((True) & (False)))
except Exception as e:
    print('(True) & (False)', '->', type(e).__name__ + ':', e)
try:
    print('(True) & (2**40)', '->', repr((True) & (2**40)))
except Exception as e:
    print('(True) & (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(True) | (0)', '->', repr((True) | (0)))
except Exception as e:
    print('(True) | (0)', '->', type(e).__name__ + ':', e)
try:
    print('(True) | (1)', '->', repr((True) | (1)))
except Exception as e:
    print('(True) | (1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) | (-1)', '->', repr((True) | (-1)))
except Exception as e:
    print('(True) | (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) | (7)', '->', repr((True) | (7)))
except Exception as e:
    print('(True) | (7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) | (-7)', '->', repr((True) | (-7)))
except Exception as e:
    print('(True) | (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) | (3)', '->', repr((True) | (3)))
except Exception as e:
    print('(True) | (3)', '->', type(e).__name__ + ':', e)
try:
    print('(True) | (2.5)', '->', repr((True) | (2.5)))
except Exception as e:
    print('(True) | (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) | (-2.5)', '->', repr((True) | (-2.5)))
except Exception as e:
    print('(True) | (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) | (0.1)', '->', repr((True) | (0.1)))
except Exception as e:
    print('(True) | (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) | (1e300)', '->', repr((True) | (1e300)))
except Exception as e:
    print('(True) | (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(True) | (True)', '->', repr((True) | (True)))
except Exception as e:
    print('(True) | (True)', '->', type(e).__name__ + ':', e)
try:
    print('(True) | (False)', '->', repr((True) | (False)))
except Exception as e:
    print('(True) | (False)', '->', type(e).__name__ + ':', e)
try:
    print('(True) | (2**40)', '->', repr((True) | (2**40)))
except Exception as e:
    print('(True) | (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(True) ^ (0)', '->', repr((True) ^ (0)))
except Exception as e:
    print('(True) ^ (0)', '->', type(e).__name__ + ':', e)
try:
    print('(True) ^ (1)', '->', repr((True) ^ (1)))
except Exception as e:
    print('(True) ^ (1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) ^ (-1)', '->', repr((True) ^ (-1)))
except Exception as e:
    print('(True) ^ (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) ^ (7)', '->', repr((True) ^ (7)))
except Exception as e:
    print('(True) ^ (7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) ^ (-7)', '->', repr((True) ^ (-7)))
except Exception as e:
    print('(True) ^ (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) ^ (3)', '->', repr((True) ^ (3)))
except Exception as e:
    print('(True) ^ (3)', '->', type(e).__name__ + ':', e)
try:
    print('(True) ^ (2.5)', '->', repr((True) ^ (2.5)))
except Exception as e:
    print('(True) ^ (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) ^ (-2.5)', '->', repr((True) ^ (-2.5)))
except Exception as e:
    print('(True) ^ (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) ^ (0.1)', '->', repr((True) ^ (0.1)))
except Exception as e:
    print('(True) ^ (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) ^ (1e300)', '->', repr((True) ^ (1e300)))
except Exception as e:
    print('(True) ^ (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(True) ^ (True)', '->', repr((True) ^ (True)))
except Exception as e:
    print('(True) ^ (True)', '->', type(e).__name__ + ':', e)
try:
    print('(True) ^ (False)', '->', repr((True) ^ (False)))
except Exception as e:
    print('(True) ^ (False)', '->', type(e).__name__ + ':', e)
try:
    print('(True) ^ (2**40)', '->', repr((True) ^ (2**40)))
except Exception as e:
    print('(True) ^ (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(True) << (0)', '->', repr((True) << (0)))
except Exception as e:
    print('(True) << (0)', '->', type(e).__name__ + ':', e)
try:
    print('(True) << (1)', '->', repr((True) << (1)))
except Exception as e:
    print('(True) << (1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) << (-1)', '->', repr((True) << (-1)))
except Exception as e:
    print('(True) << (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) << (7)', '->', repr((True) << (7)))
except Exception as e:
    print('(True) << (7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) << (-7)', '->', repr((True) << (-7)))
except Exception as e:
    print('(True) << (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) << (3)', '->', repr((True) << (3)))
except Exception as e:
    print('(True) << (3)', '->', type(e).__name__ + ':', e)
try:
    print('(True) << (2.5)', '->', repr((True) << (2.5)))
except Exception as e:
    print('(True) << (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) << (-2.5)', '->', repr((True) << (-2.5)))
except Exception as e:
    print('(True) << (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) << (0.1)', '->', repr((True) << (0.1)))
except Exception as e:
    print('(True) << (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) << (1e300)', '->', repr((True) << (1e300)))
except Exception as e:
    print('(True) << (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(True) << (True)', '->', repr((True) << (True)))
except Exception as e:
    print('(True) << (True)', '->', type(e).__name__ + ':', e)
try:
    print('(True) << (False)', '->', repr((True) << (False)))
except Exception as e:
    print('(True) << (False)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >> (0)', '->', repr((True) >> (0)))
except Exception as e:
    print('(True) >> (0)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >> (1)', '->', repr((True) >> (1)))
except Exception as e:
    print('(True) >> (1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >> (-1)', '->', repr((True) >> (-1)))
except Exception as e:
    print('(True) >> (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >> (7)', '->', repr((True) >> (7)))
except Exception as e:
    print('(True) >> (7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >> (-7)', '->', repr((True) >> (-7)))
except Exception as e:
    print('(True) >> (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >> (3)', '->', repr((True) >> (3)))
except Exception as e:
    print('(True) >> (3)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >> (2.5)', '->', repr((True) >> (2.5)))
except Exception as e:
    print('(True) >> (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >> (-2.5)', '->', repr((True) >> (-2.5)))
except Exception as e:
    print('(True) >> (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >> (0.1)', '->', repr((True) >> (0.1)))
except Exception as e:
    print('(True) >> (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >> (1e300)', '->', repr((True) >> (1e300)))
except Exception as e:
    print('(True) >> (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >> (True)', '->', repr((True) >> (True)))
except Exception as e:
    print('(True) >> (True)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >> (False)', '->', repr((True) >> (False)))
except Exception as e:
    print('(True) >> (False)', '->', type(e).__name__ + ':', e)
try:
    print('(True) >> (2**40)', '->', repr((True) >> (2**40)))
except Exception as e:
    print('(True) >> (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(True, 3)', '->', repr(divmod(True, 3)))
except Exception as e:
    print('divmod(True, 3)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(True, -2.5)', '->', repr(divmod(True, -2.5)))
except Exception as e:
    print('divmod(True, -2.5)', '->', type(e).__name__ + ':', e)
try:
    print('pow(True, 2)', '->', repr(pow(True, 2)))
except Exception as e:
    print('pow(True, 2)', '->', type(e).__name__ + ':', e)
try:
    print('-(True)', '->', repr(-(True)))
except Exception as e:
    print('-(True)', '->', type(e).__name__ + ':', e)
try:
    print('~(True)', '->', repr(~(True)))
except Exception as e:
    print('~(True)', '->', type(e).__name__ + ':', e)
try:
    print('not (True)', '->', repr(not (True)))
except Exception as e:
    print('not (True)', '->', type(e).__name__ + ':', e)
