# Generated: every operator with one left operand.
try:
    print('(-1) + (0)', '->', repr((-1) + (0)))
except Exception as e:
    print('(-1) + (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) + (1)', '->', repr((-1) + (1)))
except Exception as e:
    print('(-1) + (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) + (-1)', '->', repr((-1) + (-1)))
except Exception as e:
    print('(-1) + (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) + (7)', '->', repr((-1) + (7)))
except Exception as e:
    print('(-1) + (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) + (-7)', '->', repr((-1) + (-7)))
except Exception as e:
    print('(-1) + (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) + (3)', '->', repr((-1) + (3)))
except Exception as e:
    print('(-1) + (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) + (2.5)', '->', repr((-1) + (2.5)))
except Exception as e:
    print('(-1) + (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) + (-2.5)', '->', repr((-1) + (-2.5)))
except Exception as e:
    print('(-1) + (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) + (0.1)', '->', repr((-1) + (0.1)))
except Exception as e:
    print('(-1) + (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) + (1e300)', '->', repr((-1) + (1e300)))
except Exception as e:
    print('(-1) + (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) + (True)', '->', repr((-1) + (True)))
except Exception as e:
    print('(-1) + (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) + (False)', '->', repr((-1) + (False)))
except Exception as e:
    print('(-1) + (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) + (2**40)', '->', repr((-1) + (2**40)))
except Exception as e:
    print('(-1) + (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) - (0)', '->', repr((-1) - (0)))
except Exception as e:
    print('(-1) - (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) - (1)', '->', repr((-1) - (1)))
except Exception as e:
    print('(-1) - (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) - (-1)', '->', repr((-1) - (-1)))
except Exception as e:
    print('(-1) - (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) - (7)', '->', repr((-1) - (7)))
except Exception as e:
    print('(-1) - (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) - (-7)', '->', repr((-1) - (-7)))
except Exception as e:
    print('(-1) - (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) - (3)', '->', repr((-1) - (3)))
except Exception as e:
    print('(-1) - (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) - (2.5)', '->', repr((-1) - (2.5)))
except Exception as e:
    print('(-1) - (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) - (-2.5)', '->', repr((-1) - (-2.5)))
except Exception as e:
    print('(-1) - (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) - (0.1)', '->', repr((-1) - (0.1)))
except Exception as e:
    print('(-1) - (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) - (1e300)', '->', repr((-1) - (1e300)))
except Exception as e:
    print('(-1) - (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) - (True)', '->', repr((-1) - (True)))
except Exception as e:
    print('(-1) - (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) - (False)', '->', repr((-1) - (False)))
except Exception as e:
    print('(-1) - (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) - (2**40)', '->', repr((-1) - (2**40)))
except Exception as e:
    print('(-1) - (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) * (0)', '->', repr((-1) * (0)))
except Exception as e:
    print('(-1) * (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) * (1)', '->', repr((-1) * (1)))
except Exception as e:
    print('(-1) * (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) * (-1)', '->', repr((-1) * (-1)))
except Exception as e:
    print('(-1) * (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) * (7)', '->', repr((-1) * (7)))
except Exception as e:
    print('(-1) * (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) * (-7)', '->', repr((-1) * (-7)))
except Exception as e:
    print('(-1) * (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) * (3)', '->', repr((-1) * (3)))
except Exception as e:
    print('(-1) * (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) * (2.5)', '->', repr((-1) * (2.5)))
except Exception as e:
    print('(-1) * (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) * (-2.5)', '->', repr((-1) * (-2.5)))
except Exception as e:
    print('(-1) * (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) * (0.1)', '->', repr((-1) * (0.1)))
except Exception as e:
    print('(-1) * (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) * (1e300)', '->', repr((-1) * (1e300)))
except Exception as e:
    print('(-1) * (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) * (True)', '->', repr((-1) * (True)))
except Exception as e:
    print('(-1) * (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) * (False)', '->', repr((-1) * (False)))
except Exception as e:
    print('(-1) * (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) * (2**40)', '->', repr((-1) * (2**40)))
except Exception as e:
    print('(-1) * (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) / (0)', '->', repr((-1) / (0)))
except Exception as e:
    print('(-1) / (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) / (1)', '->', repr((-1) / (1)))
except Exception as e:
    print('(-1) / (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) / (-1)', '->', repr((-1) / (-1)))
except Exception as e:
    print('(-1) / (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) / (7)', '->', repr((-1) / (7)))
except Exception as e:
    print('(-1) / (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) / (-7)', '->', repr((-1) / (-7)))
except Exception as e:
    print('(-1) / (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) / (3)', '->', repr((-1) / (3)))
except Exception as e:
    print('(-1) / (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) / (2.5)', '->', repr((-1) / (2.5)))
except Exception as e:
    print('(-1) / (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) / (-2.5)', '->', repr((-1) / (-2.5)))
except Exception as e:
    print('(-1) / (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) / (0.1)', '->', repr((-1) / (0.1)))
except Exception as e:
    print('(-1) / (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) / (1e300)', '->', repr((-1) / (1e300)))
except Exception as e:
    print('(-1) / (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) / (True)', '->', repr((-1) / (True)))
except Exception as e:
    print('(-1) / (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) / (False)', '->', repr((-1) / (False)))
except Exception as e:
    print('(-1) / (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) / (2**40)', '->', repr((-1) / (2**40)))
except Exception as e:
    print('(-1) / (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) // (0)', '->', repr((-1) // (0)))
except Exception as e:
    print('(-1) // (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) // (1)', '->', repr((-1) // (1)))
except Exception as e:
    print('(-1) // (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) // (-1)', '->', repr((-1) // (-1)))
except Exception as e:
    print('(-1) // (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) // (7)', '->', repr((-1) // (7)))
except Exception as e:
    print('(-1) // (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) // (-7)', '->', repr((-1) // (-7)))
except Exception as e:
    print('(-1) // (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) // (3)', '->', repr((-1) // (3)))
except Exception as e:
    print('(-1) // (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) // (2.5)', '->', repr((-1) // (2.5)))
except Exception as e:
    print('(-1) // (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) // (-2.5)', '->', repr((-1) // (-2.5)))
except Exception as e:
    print('(-1) // (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) // (0.1)', '->', repr((-1) // (0.1)))
except Exception as e:
    print('(-1) // (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) // (1e300)', '->', repr((-1) // (1e300)))
except Exception as e:
    print('(-1) // (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) // (True)', '->', repr((-1) // (True)))
except Exception as e:
    print('(-1) // (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) // (False)', '->', repr((-1) // (False)))
except Exception as e:
    print('(-1) // (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) // (2**40)', '->', repr((-1) // (2**40)))
except Exception as e:
    print('(-1) // (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) % (0)', '->', repr((-1) % (0)))
except Exception as e:
    print('(-1) % (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) % (1)', '->', repr((-1) % (1)))
except Exception as e:
    print('(-1) % (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) % (-1)', '->', repr((-1) % (-1)))
except Exception as e:
    print('(-1) % (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) % (7)', '->', repr((-1) % (7)))
except Exception as e:
    print('(-1) % (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) % (-7)', '->', repr((-1) % (-7)))
except Exception as e:
    print('(-1) % (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) % (3)', '->', repr((-1) % (3)))
except Exception as e:
    print('(-1) % (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) % (2.5)', '->', repr((-1) % (2.5)))
except Exception as e:
    print('(-1) % (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) % (-2.5)', '->', repr((-1) % (-2.5)))
except Exception as e:
    print('(-1) % (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) % (0.1)', '->', repr((-1) % (0.1)))
except Exception as e:
    print('(-1) % (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) % (1e300)', '->', repr((-1) % (1e300)))
except Exception as e:
    print('(-1) % (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) % (True)', '->', repr((-1) % (True)))
except Exception as e:
    print('(-1) % (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) % (False)', '->', repr((-1) % (False)))
except Exception as e:
    print('(-1) % (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) % (2**40)', '->', repr((-1) % (2**40)))
except Exception as e:
    print('(-1) % (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) ** (0)', '->', repr((-1) ** (0)))
except Exception as e:
    print('(-1) ** (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) ** (1)', '->', repr((-1) ** (1)))
except Exception as e:
    print('(-1) ** (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) ** (-1)', '->', repr((-1) ** (-1)))
except Exception as e:
    print('(-1) ** (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) ** (3)', '->', repr((-1) ** (3)))
except Exception as e:
    print('(-1) ** (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) ** (True)', '->', repr((-1) ** (True)))
except Exception as e:
    print('(-1) ** (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) ** (False)', '->', repr((-1) ** (False)))
except Exception as e:
    print('(-1) ** (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) == (0)', '->', repr((-1) == (0)))
except Exception as e:
    print('(-1) == (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) == (1)', '->', repr((-1) == (1)))
except Exception as e:
    print('(-1) == (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) == (-1)', '->', repr((-1) == (-1)))
except Exception as e:
    print('(-1) == (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) == (7)', '->', repr((-1) == (7)))
except Exception as e:
    print('(-1) == (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) == (-7)', '->', repr((-1) == (-7)))
except Exception as e:
    print('(-1) == (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) == (3)', '->', repr((-1) == (3)))
except Exception as e:
    print('(-1) == (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) == (2.5)', '->', repr((-1) == (2.5)))
except Exception as e:
    print('(-1) == (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) == (-2.5)', '->', repr((-1) == (-2.5)))
except Exception as e:
    print('(-1) == (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) == (0.1)', '->', repr((-1) == (0.1)))
except Exception as e:
    print('(-1) == (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) == (1e300)', '->', repr((-1) == (1e300)))
except Exception as e:
    print('(-1) == (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) == (True)', '->', repr((-1) == (True)))
except Exception as e:
    print('(-1) == (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) == (False)', '->', repr((-1) == (False)))
except Exception as e:
    print('(-1) == (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) == (2**40)', '->', repr((-1) == (2**40)))
except Exception as e:
    print('(-1) == (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) < (0)', '->', repr((-1) < (0)))
except Exception as e:
    print('(-1) < (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) < (1)', '->', repr((-1) < (1)))
except Exception as e:
    print('(-1) < (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) < (-1)', '->', repr((-1) < (-1)))
except Exception as e:
    print('(-1) < (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) < (7)', '->', repr((-1) < (7)))
except Exception as e:
    print('(-1) < (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) < (-7)', '->', repr((-1) < (-7)))
except Exception as e:
    print('(-1) < (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) < (3)', '->', repr((-1) < (3)))
except Exception as e:
    print('(-1) < (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) < (2.5)', '->', repr((-1) < (2.5)))
except Exception as e:
    print('(-1) < (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) < (-2.5)', '->', repr((-1) < (-2.5)))
except Exception as e:
    print('(-1) < (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) < (0.1)', '->', repr((-1) < (0.1)))
except Exception as e:
    print('(-1) < (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) < (1e300)', '->', repr((-1) < (1e300)))
except Exception as e:
    print('(-1) < (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) < (True)', '->', repr((-1) < (True)))
except Exception as e:
    print('(-1) < (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) < (False)', '->', repr((-1) < (False)))
except Exception as e:
    print('(-1) < (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) < (2**40)', '->', repr((-1) < (2**40)))
except Exception as e:
    print('(-1) < (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >= (0)', '->', repr((-1) >= (0)))
except Exception as e:
    print('(-1) >= (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >= (1)', '->', repr((-1) >= (1)))
except Exception as e:
    print('(-1) >= (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >= (-1)', '->', repr((-1) >= (-1)))
except Exception as e:
    print('(-1) >= (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >= (7)', '->', repr((-1) >= (7)))
except Exception as e:
    print('(-1) >= (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >= (-7)', '->', repr((-1) >= (-7)))
except Exception as e:
    print('(-1) >= (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >= (3)', '->', repr((-1) >= (3)))
except Exception as e:
    print('(-1) >= (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >= (2.5)', '->', repr((-1) >= (2.5)))
except Exception as e:
    print('(-1) >= (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >= (-2.5)', '->', repr((-1) >= (-2.5)))
except Exception as e:
    print('(-1) >= (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >= (0.1)', '->', repr((-1) >= (0.1)))
except Exception as e:
    print('(-1) >= (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >= (1e300)', '->', repr((-1) >= (1e300)))
except Exception as e:
    print('(-1) >= (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >= (True)', '->', repr((-1) >= (True)))
except Exception as e:
    print('(-1) >= (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >= (False)', '->', repr((-1) >= (False)))
except Exception as e:
    print('(-1) >= (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >= (2**40)', '->', repr((-1) >= (2**40)))
except Exception as e:
    print('(-1) >= (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) & (0)', '->', repr((-1) & (0)))
except Exception as e:
    print('(-1) & (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) & (1)', '->', repr((-1) & (1)))
except Exception as e:
    print('(-1) & (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) & (-1)', '->', repr((-1) & (-1)))
except Exception as e:
    print('(-1) & (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) & (7)', '->', repr((-1) & (7)))
except Exception as e:
    print('(-1) & (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) & (-7)', '->', repr((-1) & (-7)))
except Exception as e:
    print('(-1) & (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) & (3)', '->', repr((-1) & (3)))
except Exception as e:
    print('(-1) & (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) & (2.5)', '->', repr((-1) & (2.5)))
except Exception as e:
    print('(-1) & (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) & (-2.5)', '->', repr((-1) & (-2.5)))
except Exception as e:
    print('(-1) & (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) & (0.1)', '->', repr((-1) & (0.1)))
except Exception as e:
    print('(-1) & (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) & (1e300)', '->', repr((-1) & (1e300)))
except Exception as e:
    print('(-1) & (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) & (True)', '->', repr((-1) & (True)))
except Exception as e:
    print('(-1) & (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) & (False)', '->', repr((-1) & (False)))
except Exception as e:
    print('(-1) & (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) & (2**40)', '->', repr((-1) & (2**40)))
except Exception as e:
    print('(-1) & (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) | (0)', '->', repr((-1) | (0)))
except Exception as e:
    print('(-1) | (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) | (1)', '->', repr((-1) | (1)))
except Exception as e:
    print('(-1) | (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) | (-1)', '->', repr((-1) | (-1)))
except Exception as e:
    print('(-1) | (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) | (7)', '->', repr((-1) | (7)))
except Exception as e:
    print('(-1) | (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) | (-7)', '->', repr((-1) | (-7)))
except Exception as e:
    print('(-1) | (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) | (3)', '->', repr((-1) | (3)))
except Exception as e:
    print('(-1) | (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) | (2.5)', '->', repr((-1) | (2.5)))
except Exception as e:
    print('(-1) | (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) | (-2.5)', '->', repr((-1) | (-2.5)))
except Exception as e:
    print('(-1) | (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) | (0.1)', '->', repr((-1) | (0.1)))
except Exception as e:
    print('(-1) | (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) | (1e300)', '->', repr((-1) | (1e300)))
except Exception as e:
    print('(-1) | (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) | (True)', '->', repr((-1) | (True)))
except Exception as e:
    print('(-1) | (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) | (False)', '->', repr((-1) | (False)))
except Exception as e:
    print('(-1) | (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) | (2**40)', '->', repr((-1) | (2**40)))
except Exception as e:
    print('(-1) | (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) ^ (0)', '->', repr((-1) ^ (0)))
except Exception as e:
    print('(-1) ^ (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) ^ (1)', '->', repr((-1) ^ (1)))
except Exception as e:
    print('(-1) ^ (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) ^ (-1)', '->', repr((-1) ^ (-1)))
except Exception as e:
    print('(-1) ^ (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) ^ (7)', '->', repr((-1) ^ (7)))
except Exception as e:
    print('(-1) ^ (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) ^ (-7)', '->', repr((-1) ^ (-7)))
except Exception as e:
    print('(-1) ^ (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) ^ (3)', '->', repr((-1) ^ (3)))
except Exception as e:
    print('(-1) ^ (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) ^ (2.5)', '->', repr((-1) ^ (2.5)))
except Exception as e:
    print('(-1) ^ (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) ^ (-2.5)', '->', repr((-1) ^ (-2.5)))
except Exception as e:
    print('(-1) ^ (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) ^ (0.1)', '->', repr((-1) ^ (0.1)))
except Exception as e:
    print('(-1) ^ (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) ^ (1e300)', '->', repr((-1) ^ (1e300)))
except Exception as e:
    print('(-1) ^ (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) ^ (True)', '->', repr((-1) ^ (True)))
except Exception as e:
    print('(-1) ^ (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) ^ (False)', '->', repr((-1) ^ (False)))
except Exception as e:
    print('(-1) ^ (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) ^ (2**40)', '->', repr((-1) ^ (2**40)))
except Exception as e:
    print('(-1) ^ (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) << (0)', '->', repr((-1) << (0)))
except Exception as e:
    print('(-1) << (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) << (1)', '->', repr((-1) << (1)))
except Exception as e:
    print('(-1) << (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) << (-1)', '->', repr((-1) << (-1)))
except Exception as e:
    print('(-1) << (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) << (7)', '->', repr((-1) << (7)))
except Exception as e:
    print('(-1) << (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) << (-7)', '->', repr((-1) << (-7)))
except Exception as e:
    print('(-1) << (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) << (3)', '->', repr((-1) << (3)))
except Exception as e:
    print('(-1) << (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) << (2.5)', '->', repr((-1) << (2.5)))
except Exception as e:
    print('(-1) << (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) << (-2.5)', '->', repr((-1) << (-2.5)))
except Exception as e:
    print('(-1) << (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) << (0.1)', '->', repr((-1) << (0.1)))
except Exception as e:
    print('(-1) << (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) << (1e300)', '->', repr((-1) << (1e300)))
except Exception as e:
    print('(-1) << (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) << (True)', '->', repr((-1) << (True)))
except Exception as e:
    print('(-1) << (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) << (False)', '->', repr((-1) << (False)))
except Exception as e:
    print('(-1) << (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >> (0)', '->', repr((-1) >> (0)))
except Exception as e:
    print('(-1) >> (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >> (1)', '->', repr((-1) >> (1)))
except Exception as e:
    print('(-1) >> (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >> (-1)', '->', repr((-1) >> (-1)))
except Exception as e:
    print('(-1) >> (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >> (7)', '->', repr((-1) >> (7)))
except Exception as e:
    print('(-1) >> (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >> (-7)', '->', repr((-1) >> (-7)))
except Exception as e:
    print('(-1) >> (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >> (3)', '->', repr((-1) >> (3)))
except Exception as e:
    print('(-1) >> (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >> (2.5)', '->', repr((-1) >> (2.5)))
except Exception as e:
    print('(-1) >> (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >> (-2.5)', '->', repr((-1) >> (-2.5)))
except Exception as e:
    print('(-1) >> (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >> (0.1)', '->', repr((-1) >> (0.1)))
except Exception as e:
    print('(-1) >> (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >> (1e300)', '->', repr((-1) >> (1e300)))
except Exception as e:
    print('(-1) >> (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >> (True)', '->', repr((-1) >> (True)))
except Exception as e:
    print('(-1) >> (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >> (False)', '->', repr((-1) >> (False)))
except Exception as e:
    print('(-1) >> (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-1) >> (2**40)', '->', repr((-1) >> (2**40)))
except Exception as e:
    print('(-1) >> (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(-1, 3)', '->', repr(divmod(-1, 3)))
except Exception as e:
    print('divmod(-1, 3)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(-1, -2.5)', '->', repr(divmod(-1, -2.5)))
except Exception as e:
    print('divmod(-1, -2.5)', '->', type(e).__name__ + ':', e)
try:
    print('pow(-1, 2)', '->', repr(pow(-1, 2)))
except Exception as e:
    print('pow(-1, 2)', '->', type(e).__name__ + ':', e)
try:
    print('-(-1)', '->', repr(-(-1)))
except Exception as e:
    print('-(-1)', '->', type(e).__name__ + ':', e)
try:
    print('~(-1)', '->', repr(~(-1)))
except Exception as e:
    print('~(-1)', '->', type(e).__name__ + ':', e)
try:
    print('not (-1)', '->', repr(not (-1)))
except Exception as e:
    print('not (-1)', '->', type(e).__name__ + ':', e)
