# Generated: every operator with one left operand.
try:
    print('(3) + (0)', '->', repr((3) + (0)))
except Exception as e:
    print('(3) + (0)', '->', type(e).__name__ + ':', e)
try:
    print('(3) + (1)', '->', repr((3) + (1)))
except Exception as e:
    print('(3) + (1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) + (-1)', '->', repr((3) + (-1)))
except Exception as e:
    print('(3) + (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) + (7)', '->', repr((3) + (7)))
except Exception as e:
    print('(3) + (7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) + (-7)', '->', repr((3) + (-7)))
except Exception as e:
    print('(3) + (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) + (3)', '->', repr((3) + (3)))
except Exception as e:
    print('(3) + (3)', '->', type(e).__name__ + ':', e)
try:
    print('(3) + (2.5)', '->', repr((3) + (2.5)))
except Exception as e:
    print('(3) + (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) + (-2.5)', '->', repr((3) + (-2.5)))
except Exception as e:
    print('(3) + (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) + (0.1)', '->', repr((3) + (0.1)))
except Exception as e:
    print('(3) + (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) + (1e300)', '->', repr((3) + (1e300)))
except Exception as e:
    print('(3) + (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(3) + (True)', '->', repr((3) + (True)))
except Exception as e:
    print('(3) + (True)', '->', type(e).__name__ + ':', e)
try:
    print('(3) + (False)', '->', repr((3) + (False)))
except Exception as e:
    print('(3) + (False)', '->', type(e).__name__ + ':', e)
try:
    print('(3) + (2**40)', '->', repr((3) + (2**40)))
except Exception as e:
    print('(3) + (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(3) - (0)', '->', repr((3) - (0)))
except Exception as e:
    print('(3) - (0)', '->', type(e).__name__ + ':', e)
try:
    print('(3) - (1)', '->', repr((3) - (1)))
except Exception as e:
    print('(3) - (1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) - (-1)', '->', repr((3) - (-1)))
except Exception as e:
    print('(3) - (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) - (7)', '->', repr((3) - (7)))
except Exception as e:
    print('(3) - (7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) - (-7)', '->', repr((3) - (-7)))
except Exception as e:
    print('(3) - (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) - (3)', '->', repr((3) - (3)))
except Exception as e:
    print('(3) - (3)', '->', type(e).__name__ + ':', e)
try:
    print('(3) - (2.5)', '->', repr((3) - (2.5)))
except Exception as e:
    print('(3) - (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) - (-2.5)', '->', repr((3) - (-2.5)))
except Exception as e:
    print('(3) - (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) - (0.1)', '->', repr((3) - (0.1)))
except Exception as e:
    print('(3) - (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) - (1e300)', '->', repr((3) - (1e300)))
except Exception as e:
    print('(3) - (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(3) - (True)', '->', repr((3) - (True)))
except Exception as e:
    print('(3) - (True)', '->', type(e).__name__ + ':', e)
try:
    print('(3) - (False)', '->', repr((3) - (False)))
except Exception as e:
    print('(3) - (False)', '->', type(e).__name__ + ':', e)
try:
    print('(3) - (2**40)', '->', repr((3) - (2**40)))
except Exception as e:
    print('(3) - (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(3) * (0)', '->', repr((3) * (0)))
except Exception as e:
    print('(3) * (0)', '->', type(e).__name__ + ':', e)
try:
    print('(3) * (1)', '->', repr((3) * (1)))
except Exception as e:
    print('(3) * (1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) * (-1)', '->', repr((3) * (-1)))
except Exception as e:
    print('(3) * (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) * (7)', '->', repr((3) * (7)))
except Exception as e:
    print('(3) * (7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) * (-7)', '->', repr((3) * (-7)))
except Exception as e:
    print('(3) * (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) * (3)', '->', repr((3) * (3)))
except Exception as e:
    print('(3) * (3)', '->', type(e).__name__ + ':', e)
try:
    print('(3) * (2.5)', '->', repr((3) * (2.5)))
except Exception as e:
    print('(3) * (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) * (-2.5)', '->', repr((3) * (-2.5)))
except Exception as e:
    print('(3) * (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) * (0.1)', '->', repr((3) * (0.1)))
except Exception as e:
    print('(3) * (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) * (1e300)', '->', repr((3) * (1e300)))
except Exception as e:
    print('(3) * (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(3) * (True)', '->', repr((3) * (True)))
except Exception as e:
    print('(3) * (True)', '->', type(e).__name__ + ':', e)
try:
    print('(3) * (False)', '->', repr((3) * (False)))
except Exception as e:
    print('(3) * (False)', '->', type(e).__name__ + ':', e)
try:
    print('(3) * (2**40)', '->', repr((3) * (2**40)))
except Exception as e:
    print('(3) * (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(3) / (0)', '->', repr((3) / (0)))
except Exception as e:
    print('(3) / (0)', '->', type(e).__name__ + ':', e)
try:
    print('(3) / (1)', '->', repr((3) / (1)))
except Exception as e:
    print('(3) / (1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) / (-1)', '->', repr((3) / (-1)))
except Exception as e:
    print('(3) / (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) / (7)', '->', repr((3) / (7)))
except Exception as e:
    print('(3) / (7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) / (-7)', '->', repr((3) / (-7)))
except Exception as e:
    print('(3) / (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) / (3)', '->', repr((3) / (3)))
except Exception as e:
    print('(3) / (3)', '->', type(e).__name__ + ':', e)
try:
    print('(3) / (2.5)', '->', repr((3) / (2.5)))
except Exception as e:
    print('(3) / (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) / (-2.5)', '->', repr((3) / (-2.5)))
except Exception as e:
    print('(3) / (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) / (0.1)', '->', repr((3) / (0.1)))
except Exception as e:
    print('(3) / (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) / (1e300)', '->', repr((3) / (1e300)))
except Exception as e:
    print('(3) / (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(3) / (True)', '->', repr((3) / (True)))
except Exception as e:
    print('(3) / (True)', '->', type(e).__name__ + ':', e)
try:
    print('(3) / (False)', '->', repr((3) / (False)))
except Exception as e:
    print('(3) / (False)', '->', type(e).__name__ + ':', e)
try:
    print('(3) / (2**40)', '->', repr((3) / (2**40)))
except Exception as e:
    print('(3) / (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(3) // (0)', '->', repr((3) // (0)))
except Exception as e:
    print('(3) // (0)', '->', type(e).__name__ + ':', e)
try:
    print('(3) // (1)', '->', repr((3) // (1)))
except Exception as e:
    print('(3) // (1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) // (-1)', '->', repr((3) // (-1)))
except Exception as e:
    print('(3) // (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) // (7)', '->', repr((3) // (7)))
except Exception as e:
    print('(3) // (7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) // (-7)', '->', repr((3) // (-7)))
except Exception as e:
    print('(3) // (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) // (3)', '->', repr((3) // (3)))
except Exception as e:
    print('(3) // (3)', '->', type(e).__name__ + ':', e)
try:
    print('(3) // (2.5)', '->', repr((3) // (2.5)))
except Exception as e:
    print('(3) // (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) // (-2.5)', '->', repr((3) // (-2.5)))
except Exception as e:
    print('(3) // (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) // (0.1)', '->', repr((3) // (0.1)))
except Exception as e:
    print('(3) // (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) // (1e300)', '->', repr((3) // (1e300)))
except Exception as e:
    print('(3) // (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(3) // (True)', '->', repr((3) // (True)))
except Exception as e:
    print('(3) // (True)', '->', type(e).__name__ + ':', e)
try:
    print('(3) // (False)', '->', repr((3) // (False)))
except Exception as e:
    print('(3) // (False)', '->', type(e).__name__ + ':', e)
try:
    print('(3) // (2**40)', '->', repr((3) // (2**40)))
except Exception as e:
    print('(3) // (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(3) % (0)', '->', repr((3) % (0)))
except Exception as e:
    print('(3) % (0)', '->', type(e).__name__ + ':', e)
try:
    print('(3) % (1)', '->', repr((3) % (1)))
except Exception as e:
    print('(3) % (1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) % (-1)', '->', repr((3) % (-1)))
except Exception as e:
    print('(3) % (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) % (7)', '->', repr((3) % (7)))
except Exception as e:
    print('(3) % (7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) % (-7)', '->', repr((3) % (-7)))
except Exception as e:
    print('(3) % (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) % (3)', '->', repr((3) % (3)))
except Exception as e:
    print('(3) % (3)', '->', type(e).__name__ + ':', e)
try:
    print('(3) % (2.5)', '->', repr((3) % (2.5)))
except Exception as e:
    print('(3) % (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) % (-2.5)', '->', repr((3) % (-2.5)))
except Exception as e:
    print('(3) % (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) % (0.1)', '->', repr((3) % (0.1)))
except Exception as e:
    print('(3) % (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) % (1e300)', '->', repr((3) % (1e300)))
except Exception as e:
    print('(3) % (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(3) % (True)', '->', repr((3) % (True)))
except Exception as e:
    print('(3) % (True)', '->', type(e).__name__ + ':', e)
try:
    print('(3) % (False)', '->', repr((3) % (False)))
except Exception as e:
    print('(3) % (False)', '->', type(e).__name__ + ':', e)
try:
    print('(3) % (2**40)', '->', repr((3) % (2**40)))
except Exception as e:
    print('(3) % (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(3) ** (0)', '->', repr((3) ** (0)))
except Exception as e:
    print('(3) ** (0)', '->', type(e).__name__ + ':', e)
try:
    print('(3) ** (1)', '->', repr((3) ** (1)))
except Exception as e:
    print('(3) ** (1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) ** (-1)', '->', repr((3) ** (-1)))
except Exception as e:
    print('(3) ** (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) ** (3)', '->', repr((3) ** (3)))
except Exception as e:
    print('(3) ** (3)', '->', type(e).__name__ + ':', e)
try:
    print('(3) ** (True)', '->', repr((3) ** (True)))
except Exception as e:
    print('(3) ** (True)', '->', type(e).__name__ + ':', e)
try:
    print('(3) ** (False)', '->', repr((3) ** (False)))
except Exception as e:
    print('(3) ** (False)', '->', type(e).__name__ + ':', e)
try:
    print('(3) == (0)', '->', repr((3) == (0)))
except Exception as e:
    print('(3) == (0)', '->', type(e).__name__ + ':', e)
try:
    print('(3) == (1)', '->', repr((3) == (1)))
except Exception as e:
    print('(3) == (1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) == (-1)', '->', repr((3) == (-1)))
except Exception as e:
    print('(3) == (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) == (7)', '->', repr((3) == (7)))
except Exception as e:
    print('(3) == (7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) == (-7)', '->', repr((3) == (-7)))
except Exception as e:
    print('(3) == (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) == (3)', '->', repr((3) == (3)))
except Exception as e:
    print('(3) == (3)', '->', type(e).__name__ + ':', e)
try:
    print('(3) == (2.5)', '->', repr((3) == (2.5)))
except Exception as e:
    print('(3) == (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) == (-2.5)', '->', repr((3) == (-2.5)))
except Exception as e:
    print('(3) == (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) == (0.1)', '->', repr((3) == (0.1)))
except Exception as e:
    print('(3) == (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) == (1e300)', '->', repr((3) == (1e300)))
except Exception as e:
    print('(3) == (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(3) == (True)', '->', repr((3) == (True)))
except Exception as e:
    print('(3) == (True)', '->', type(e).__name__ + ':', e)
try:
    print('(3) == (False)', '->', repr((3) == (False)))
except Exception as e:
    print('(3) == (False)', '->', type(e).__name__ + ':', e)
try:
    print('(3) == (2**40)', '->', repr((3) == (2**40)))
except Exception as e:
    print('(3) == (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(3) < (0)', '->', repr((3) < (0)))
except Exception as e:
    print('(3) < (0)', '->', type(e).__name__ + ':', e)
try:
    print('(3) < (1)', '->', repr((3) < (1)))
except Exception as e:
    print('(3) < (1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) < (-1)', '->', repr((3) < (-1)))
except Exception as e:
    print('(3) < (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) < (7)', '->', repr((3) < (7)))
except Exception as e:
    print('(3) < (7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) < (-7)', '->', repr((3) < (-7)))
except Exception as e:
    print('(3) < (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) < (3)', '->', repr((3) < (3)))
except Exception as e:
    print('(3) < (3)', '->', type(e).__name__ + ':', e)
try:
    print('(3) < (2.5)', '->', repr((3) < (2.5)))
except Exception as e:
    print('(3) < (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) < (-2.5)', '->', repr((3) < (-2.5)))
except Exception as e:
    print('(3) < (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) < (0.1)', '->', repr((3) < (0.1)))
except Exception as e:
    print('(3) < (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) < (1e300)', '->', repr((3) < (1e300)))
except Exception as e:
    print('(3) < (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(3) < (True)', '->', repr((3) < (True)))
except Exception as e:
    print('(3) < (True)', '->', type(e).__name__ + ':', e)
try:
    print('(3) < (False)', '->', repr((3) < (False)))
except Exception as e:
    print('(3) < (False)', '->', type(e).__name__ + ':', e)
try:
    print('(3) < (2**40)', '->', repr((3) < (2**40)))
except Exception as e:
    print('(3) < (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >= (0)', '->', repr((3) >= (0)))
except Exception as e:
    print('(3) >= (0)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >= (1)', '->', repr((3) >= (1)))
except Exception as e:
    print('(3) >= (1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >= (-1)', '->', repr((3) >= (-1)))
except Exception as e:
    print('(3) >= (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >= (7)', '->', repr((3) >= (7)))
except Exception as e:
    print('(3) >= (7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >= (-7)', '->', repr((3) >= (-7)))
except Exception as e:
    print('(3) >= (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >= (3)', '->', repr((3) >= (3)))
except Exception as e:
    print('(3) >= (3)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >= (2.5)', '->', repr((3) >= (2.5)))
except Exception as e:
    print('(3) >= (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >= (-2.5)', '->', repr((3) >= (-2.5)))
except Exception as e:
    print('(3) >= (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >= (0.1)', '->', repr((3) >= (0.1)))
except Exception as e:
    print('(3) >= (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >= (1e300)', '->', repr((3) >= (1e300)))
except Exception as e:
    print('(3) >= (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >= (True)', '->', repr((3) >= (True)))
except Exception as e:
    print('(3) >= (True)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >= (False)', '->', repr((3) >= (False)))
except Exception as e:
    print('(3) >= (False)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >= (2**40)', '->', repr((3) >= (2**40)))
except Exception as e:
    print('(3) >= (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(3) & (0)', '->', repr((3) & (0)))
except Exception as e:
    print('(3) & (0)', '->', type(e).__name__ + ':', e)
try:
    print('(3) & (1)', '->', repr((3) & (1)))
except Exception as e:
    print('(3) & (1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) & (-1)', '->', repr((3) & (-1)))
except Exception as e:
    print('(3) & (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) & (7)', '->', repr((3) & (7)))
except Exception as e:
    print('(3) & (7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) & (-7)', '->', repr((3) & (-7)))
except Exception as e:
    print('(3) & (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) & (3)', '->', repr((3) & (3)))
except Exception as e:
    print('(3) & (3)', '->', type(e).__name__ + ':', e)
try:
    print('(3) & (2.5)', '->', repr((3) & (2.5)))
except Exception as e:
    print('(3) & (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) & (-2.5)', '->', repr((3) & (-2.5)))
except Exception as e:
    print('(3) & (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) & (0.1)', '->', repr((3) & (0.1)))
except Exception as e:
    print('(3) & (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) & (1e300)', '->', repr((3) & (1e300)))
except Exception as e:
    print('(3) & (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(3) & (True)', '->', repr((3) & (True)))
except Exception as e:
    print('(3) & (True)', '->', type(e).__name__ + ':', e)
try:
    print('(3) & (False)', '->', repr((3) & (False)))
except Exception as e:
    print('(3) & (False)', '->', type(e).__name__ + ':', e)
try:
    print('(3) & (2**40)', '->', repr((3) & (2**40)))
except Exception as e:
    print('(3) & (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(3) | (0)', '->', repr((3) | (0)))
except Exception as e:
    print('(3) | (0)', '->', type(e).__name__ + ':', e)
try:
    print('(3) | (1)', '->', repr((3) | (1)))
except Exception as e:
    print('(3) | (1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) | (-1)', '->', repr((3) | (-1)))
except Exception as e:
    print('(3) | (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) | (7)', '->', repr((3) | (7)))
except Exception as e:
    print('(3) | (7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) | (-7)', '->', repr((3) | (-7)))
except Exception as e:
    print('(3) | (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) | (3)', '->', repr((3) | (3)))
except Exception as e:
    print('(3) | (3)', '->', type(e).__name__ + ':', e)
try:
    print('(3) | (2.5)', '->', repr((3) | (2.5)))
except Exception as e:
    print('(3) | (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) | (-2.5)', '->', repr((3) | (-2.5)))
except Exception as e:
    print('(3) | (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) | (0.1)', '->', repr((3) | (0.1)))
except Exception as e:
    print('(3) | (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) | (1e300)', '->', repr((3) | (1e300)))
except Exception as e:
    print('(3) | (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(3) | (True)', '->', repr((3) | (True)))
except Exception as e:
    print('(3) | (True)', '->', type(e).__name__ + ':', e)
try:
    print('(3) | (False)', '->', repr((3) | (False)))
except Exception as e:
    print('(3) | (False)', '->', type(e).__name__ + ':', e)
try:
    print('(3) | (2**40)', '->', repr((3) | (2**40)))
except Exception as e:
    print('(3) | (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(3) ^ (0)', '->', repr((3) ^ (0)))
except Exception as e:
    print('(3) ^ (0)', '->', type(e).__name__ + ':', e)
try:
    print('(3) ^ (1)', '->', repr((3) ^ (1)))
except Exception as e:
    print('(3) ^ (1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) ^ (-1)', '->', repr((3) ^ (-1)))
except Exception as e:
    print('(3) ^ (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) ^ (7)', '->', repr((3) ^ (7)))
except Exception as e:
    print('(3) ^ (7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) ^ (-7)', '->', repr((3) ^ (-7)))
except Exception as e:
    print('(3) ^ (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) ^ (3)', '->', repr((3) ^ (3)))
except Exception as e:
    print('(3) ^ (3)', '->', type(e).__name__ + ':', e)
try:
    print('(3) ^ (2.5)', '->', repr((3) ^ (2.5)))
except Exception as e:
    print('(3) ^ (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) ^ (-2.5)', '->', repr((3) ^ (-2.5)))
except Exception as e:
    print('(3) ^ (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) ^ (0.1)', '->', repr((3) ^ (0.1)))
except Exception as e:
    print('(3) ^ (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) ^ (1e300)', '->', repr((3) ^ (1e300)))
except Exception as e:
    print('(3) ^ (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(3) ^ (True)', '->', repr((3) ^ (True)))
except Exception as e:
    print('(3) ^ (True)', '->', type(e).__name__ + ':', e)
try:
    print('(3) ^ (False)', '->', repr((3) ^ (False)))
except Exception as e:
    print('(3) ^ (False)', '->', type(e).__name__ + ':', e)
try:
    print('(3) ^ (2**40)', '->', repr((3) ^ (2**40)))
except Exception as e:
    print('(3) ^ (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(3) << (0)', '->', repr((3) << (0)))
except Exception as e:
    print('(3) << (0)', '->', type(e).__name__ + ':', e)
try:
    print('(3) << (1)', '->', repr((3) << (1)))
except Exception as e:
    print('(3) << (1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) << (-1)', '->', repr((3) << (-1)))
except Exception as e:
    print('(3) << (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) << (7)', '->', repr((3) << (7)))
except Exception as e:
    print('(3) << (7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) << (-7)', '->', repr((3) << (-7)))
except Exception as e:
    print('(3) << (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) << (3)', '->', repr((3) << (3)))
except Exception as e:
    print('(3) << (3)', '->', type(e).__name__ + ':', e)
try:
    print('(3) << (2.5)', '->', repr((3) << (2.5)))
except Exception as e:
    print('(3) << (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) << (-2.5)', '->', repr((3) << (-2.5)))
except Exception as e:
    print('(3) << (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) << (0.1)', '->', repr((3) << (0.1)))
except Exception as e:
    print('(3) << (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) << (1e300)', '->', repr((3) << (1e300)))
except Exception as e:
    print('(3) << (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(3) << (True)', '->', repr((3) << (True)))
except Exception as e:
    print('(3) << (True)', '->', type(e).__name__ + ':', e)
try:
    print('(3) << (False)', '->', repr((3) << (False)))
except Exception as e:
    print('(3) << (False)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >> (0)', '->', repr((3) >> (0)))
except Exception as e:
    print('(3) >> (0)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >> (1)', '->', repr((3) >> (1)))
except Exception as e:
    print('(3) >> (1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >> (-1)', '->', repr((3) >> (-1)))
except Exception as e:
    print('(3) >> (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >> (7)', '->', repr((3) >> (7)))
except Exception as e:
    print('(3) >> (7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >> (-7)', '->', repr((3) >> (-7)))
except Exception as e:
    print('(3) >> (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >> (3)', '->', repr((3) >> (3)))
except Exception as e:
    print('(3) >> (3)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >> (2.5)', '->', repr((3) >> (2.5)))
except Exception as e:
    print('(3) >> (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >> (-2.5)', '->', repr((3) >> (-2.5)))
except Exception as e:
    print('(3) >> (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >> (0.1)', '->', repr((3) >> (0.1)))
except Exception as e:
    print('(3) >> (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >> (1e300)', '->', repr((3) >> (1e300)))
except Exception as e:
    print('(3) >> (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >> (True)', '->', repr((3) >> (True)))
except Exception as e:
    print('(3) >> (True)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >> (False)', '->', repr((3) >> (False)))
except Exception as e:
    print('(3) >> (False)', '->', type(e).__name__ + ':', e)
try:
    print('(3) >> (2**40)', '->', repr((3) >> (2**40)))
except Exception as e:
    print('(3) >> (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(3, 3)', '->', repr(divmod(3, 3)))
except Exception as e:
    print('divmod(3, 3)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(3, -2.5)', '->', repr(divmod(3, -2.5)))
except Exception as e:
    print('divmod(3, -2.5)', '->', type(e).__name__ + ':', e)
try:
    print('pow(3, 2)', '->', repr(pow(3, 2)))
except Exception as e:
    print('pow(3, 2)', '->', type(e).__name__ + ':', e)
try:
    print('-(3)', '->', repr(-(3)))
except Exception as e:
    print('-(3)', '->', type(e).__name__ + ':', e)
try:
    print('~(3)', '->', repr(~(3)))
except Exception as e:
    print('~(3)', '->', type(e).__name__ + ':', e)
try:
    print('not (3)', '->', repr(not (3)))
except Exception as e:
    print('not (3)', '->', type(e).__name__ + ':', e)
