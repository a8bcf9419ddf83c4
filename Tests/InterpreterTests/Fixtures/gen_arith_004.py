# Generated: every operator with one left operand.
try:
    print('(-7) + (0)', '->', repr((-7) + (0)))
except Exception as e:
    print('(-7) + (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) + (1)', '->', repr((-7) + (1)))
except Exception as e:
    print('(-7) + (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) + (-1)', '->', repr((-7) + (-1)))
except Exception as e:
    print('(-7) + (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) + (7)', '->', repr((-7) + (7)))
except Exception as e:
    print('(-7) + (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) + (-7)', '->', repr((-7) + (-7)))
except Exception as e:
    print('(-7) + (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) + (3)', '->', repr((-7) + (3)))
except Exception as e:
    print('(-7) + (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) + (2.5)', '->', repr((-7) + (2.5)))
except Exception as e:
    print('(-7) + (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) + (-2.5)', '->', repr((-7) + (-2.5)))
except Exception as e:
    print('(-7) + (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) + (0.1)', '->', repr((-7) + (0.1)))
except Exception as e:
    print('(-7) + (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) + (1e300)', '->', repr((-7) + (1e300)))
except Exception as e:
    print('(-7) + (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) + (True)', '->', repr((-7) + (True)))
except Exception as e:
    print('(-7) + (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) + (False)', '->', repr((-7) + (False)))
except Exception as e:
    print('(-7) + (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) + (2**40)', '->', repr((-7) + (2**40)))
except Exception as e:
    print('(-7) + (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) - (0)', '->', repr((-7) - (0)))
except Exception as e:
    print('(-7) - (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) - (1)', '->', repr((-7) - (1)))
except Exception as e:
    print('(-7) - (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) - (-1)', '->', repr((-7) - (-1)))
except Exception as e:
    print('(-7) - (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) - (7)', '->', repr((-7) - (7)))
except Exception as e:
    print('(-7) - (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) - (-7)', '->', repr((-7) - (-7)))
except Exception as e:
    print('(-7) - (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) - (3)', '->', repr((-7) - (3)))
except Exception as e:
    print('(-7) - (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) - (2.5)', '->', repr((-7) - (2.5)))
except Exception as e:
    print('(-7) - (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) - (-2.5)', '->', repr((-7) - (-2.5)))
except Exception as e:
    print('(-7) - (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) - (0.1)', '->', repr((-7) - (0.1)))
except Exception as e:
    print('(-7) - (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) - (1e300)', '->', repr((-7) - (1e300)))
except Exception as e:
    print('(-7) - (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) - (True)', '->', repr((-7) - (True)))
except Exception as e:
    print('(-7) - (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) - (False)', '->', repr((-7) - (False)))
except Exception as e:
    print('(-7) - (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) - (2**40)', '->', repr((-7) - (2**40)))
except Exception as e:
    print('(-7) - (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) * (0)', '->', repr((-7) * (0)))
except Exception as e:
    print('(-7) * (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) * (1)', '->', repr((-7) * (1)))
except Exception as e:
    print('(-7) * (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) * (-1)', '->', repr((-7) * (-1)))
except Exception as e:
    print('(-7) * (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) * (7)', '->', repr((-7) * (7)))
except Exception as e:
    print('(-7) * (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) * (-7)', '->', repr((-7) * (-7)))
except Exception as e:
    print('(-7) * (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) * (3)', '->', repr((-7) * (3)))
except Exception as e:
    print('(-7) * (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) * (2.5)', '->', repr((-7) * (2.5)))
except Exception as e:
    print('(-7) * (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) * (-2.5)', '->', repr((-7) * (-2.5)))
except Exception as e:
    print('(-7) * (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) * (0.1)', '->', repr((-7) * (0.1)))
except Exception as e:
    print('(-7) * (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) * (1e300)', '->', repr((-7) * (1e300)))
except Exception as e:
    print('(-7) * (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) * (True)', '->', repr((-7) * (True)))
except Exception as e:
    print('(-7) * (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) * (False)', '->', repr((-7) * (False)))
except Exception as e:
    print('(-7) * (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) * (2**40)', '->', repr((-7) * (2**40)))
except Exception as e:
    print('(-7) * (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) / (0)', '->', repr((-7) / (0)))
except Exception as e:
    print('(-7) / (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) / (1)', '->', repr((-7) / (1)))
except Exception as e:
    print('(-7) / (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) / (-1)', '->', repr((-7) / (-1)))
except Exception as e:
    print('(-7) / (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) / (7)', '->', repr((-7) / (7)))
except Exception as e:
    print('(-7) / (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) / (-7)', '->', repr((-7) / (-7)))
except Exception as e:
    print('(-7) / (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) / (3)', '->', repr((-7) / (3)))
except Exception as e:
    print('(-7) / (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) / (2.5)', '->', repr((-7) / (2.5)))
except Exception as e:
    print('(-7) / (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) / (-2.5)', '->', repr((-7) / (-2.5)))
except Exception as e:
    print('(-7) / (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) / (0.1)', '->', repr((-7) / (0.1)))
except Exception as e:
    print('(-7) / (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) / (1e300)', '->', repr((-7) / (1e300)))
except Exception as e:
    print('(-7) / (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) / (True)', '->', repr((-7) / (True)))
except Exception as e:
    print('(-7) / (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) / (False)', '->', repr((-7) / (False)))
except Exception as e:
    print('(-7) / (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) / (2**40)', '->', repr((-7) / (2**40)))
except Exception as e:
    print('(-7) / (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) // (0)', '->', repr((-7) // (0)))
except Exception as e:
    print('(-7) // (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) // (1)', '->', repr((-7) // (1)))
except Exception as e:
    print('(-7) // (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) // (-1)', '->', repr((-7) // (-1)))
except Exception as e:
    print('(-7) // (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) // (7)', '->', repr((-7) // (7)))
except Exception as e:
    print('(-7) // (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) // (-7)', '->', repr((-7) // (-7)))
except Exception as e:
    print('(-7) // (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) // (3)', '->', repr((-7) // (3)))
except Exception as e:
    print('(-7) // (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) // (2.5)', '->', repr((-7) // (2.5)))
except Exception as e:
    print('(-7) // (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) // (-2.5)', '->', repr((-7) // (-2.5)))
except Exception as e:
    print('(-7) // (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) // (0.1)', '->', repr((-7) // (0.1)))
except Exception as e:
    print('(-7) // (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) // (1e300)', '->', repr((-7) // (1e300)))
except Exception as e:
    print('(-7) // (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) // (True)', '->', repr((-7) // (True)))
except Exception as e:
    print('(-7) // (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) // (False)', '->', repr((-7) // (False)))
except Exception as e:
    print('(-7) // (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) // (2**40)', '->', repr((-7) // (2**40)))
except Exception as e:
    print('(-7) // (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) % (0)', '->', repr((-7) % (0)))
except Exception as e:
    print('(-7) % (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) % (1)', '->', repr((-7) % (1)))
except Exception as e:
    print('(-7) % (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) % (-1)', '->', repr((-7) % (-1)))
except Exception as e:
    print('(-7) % (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) % (7)', '->', repr((-7) % (7)))
except Exception as e:
    print('(-7) % (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) % (-7)', '->', repr((-7) % (-7)))
except Exception as e:
    print('(-7) % (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) % (3)', '->', repr((-7) % (3)))
except Exception as e:
    print('(-7) % (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) % (2.5)', '->', repr((-7) % (2.5)))
except Exception as e:
    print('(-7) % (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) % (-2.5)', '->', repr((-7) % (-2.5)))
except Exception as e:
    print('(-7) % (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) % (0.1)', '->', repr((-7) % (0.1)))
except Exception as e:
    print('(-7) % (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) % (1e300)', '->', repr((-7) % (1e300)))
except Exception as e:
    print('(-7) % (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) % (True)', '->', repr((-7) % (True)))
except Exception as e:
    print('(-7) % (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) % (False)', '->', repr((-7) % (False)))
except Exception as e:
    print('(-7) % (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) % (2**40)', '->', repr((-7) % (2**40)))
except Exception as e:
    print('(-7) % (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) ** (0)', '->', repr((-7) ** (0)))
except Exception as e:
    print('(-7) ** (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) ** (1)', '->', repr((-7) ** (1)))
except Exception as e:
    print('(-7) ** (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) ** (-1)', '->', repr((-7) ** (-1)))
except Exception as e:
    print('(-7) ** (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) ** (3)', '->', repr((-7) ** (3)))
except Exception as e:
    print('(-7) ** (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) ** (True)', '->', repr((-7) ** (True)))
except Exception as e:
    print('(-7) ** (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) ** (False)', '->', repr((-7) ** (False)))
except Exception as e:
    print('(-7) ** (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) == (0)', '->', repr((-7) == (0)))
except Exception as e:
    print('(-7) == (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) == (1)', '->', repr((-7) == (1)))
except Exception as e:
    print('(-7) == (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) == (-1)', '->', repr((-7) == (-1)))
except Exception as e:
    print('(-7) == (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) == (7)', '->', repr((-7) == (7)))
except Exception as e:
    print('(-7) == (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) == (-7)', '->', repr((-7) == (-7)))
except Exception as e:
    print('(-7) == (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) == (3)', '->', repr((-7) == (3)))
except Exception as e:
    print('(-7) == (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) == (2.5)', '->', repr((-7) == (2.5)))
except Exception as e:
    print('(-7) == (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) == (-2.5)', '->', repr((-7) == (-2.5)))
except Exception as e:
    print('(-7) == (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) == (0.1)', '->', repr((-7) == (0.1)))
except Exception as e:
    print('(-7) == (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) == (1e300)', '->', repr((-7) == (1e300)))
except Exception as e:
    print('(-7) == (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) == (True)', '->', repr((-7) == (True)))
except Exception as e:
    print('(-7) == (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) == (False)', '->', repr((-7) == (False)))
except Exception as e:
    print('(-7) == (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) == (2**40)', '->', repr((-7) == (2**40)))
except Exception as e:
    print('(-7) == (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) < (0)', '->', repr((-7) < (0)))
except Exception as e:
    print('(-7) < (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) < (1)', '->', repr((-7) < (1)))
except Exception as e:
    print('(-7) < (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) < (-1)', '->', repr((-7) < (-1)))
except Exception as e:
    print('(-7) < (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) < (7)', '->', repr((-7) < (7)))
except Exception as e:
    print('(-7) < (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) < (-7)', '->', repr((-7) < (-7)))
except Exception as e:
    print('(-7) < (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) < (3)', '->', repr((-7) < (3)))
except Exception as e:
    print('(-7) < (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) < (2.5)', '->', repr((-7) < (2.5)))
except Exception as e:
    print('(-7) < (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) < (-2.5)', '->', repr((-7) < (-2.5)))
except Exception as e:
    print('(-7) < (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) < (0.1)', '->', repr((-7) < (0.1)))
except Exception as e:
    print('(-7) < (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) < (1e300)', '->', repr((-7) < (1e300)))
except Exception as e:
    print('(-7) < (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) < (True)', '->', repr((-7) < (True)))
except Exception as e:
    print('(-7) < (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) < (False)', '->', repr((-7) < (False)))
except Exception as e:
    print('(-7) < (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) < (2**40)', '->', repr((-7) < (2**40)))
except Exception as e:
    print('(-7) < (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >= (0)', '->', repr((-7) >= (0)))
except Exception as e:
    print('(-7) >= (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >= (1)', '->', repr((-7) >= (1)))
except Exception as e:
    print('(-7) >= (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >= (-1)', '->', repr((-7) >= (-1)))
except Exception as e:
    print('(-7) >= (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >= (7)', '->', repr((-7) >= (7)))
except Exception as e:
    print('(-7) >= (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >= (-7)', '->', repr((-7) >= (-7)))
except Exception as e:
    print('(-7) >= (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >= (3)', '->', repr((-7) >= (3)))
except Exception as e:
    print('(-7) >= (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >= (2.5)', '->', repr((-7) >= (2.5)))
except Exception as e:
    print('(-7) >= (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >= (-2.5)', '->', repr((-7) >= (-2.5)))
except Exception as e:
    print('(-7) >= (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >= (0.1)', '->', repr((-7) >= (0.1)))
except Exception as e:
    print('(-7) >= (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >= (1e300)', '->', repr((-7) >= (1e300)))
except Exception as e:
    print('(-7) >= (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >= (True)', '->', repr((-7) >= (True)))
except Exception as e:
    print('(-7) >= (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >= (False)', '->', repr((-7) >= (False)))
except Exception as e:
    print('(-7) >= (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >= (2**40)', '->', repr((-7) >= (2**40)))
except Exception as e:
    print('(-7) >= (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) & (0)', '->', repr((-7) & (0)))
except Exception as e:
    print('(-7) & (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) & (1)', '->', repr((-7) & (1)))
except Exception as e:
    print('(-7) & (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) & (-1)', '->', repr((-7) & (-1)))
except Exception as e:
    print('(-7) & (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) & (7)', '->', repr((-7) & (7)))
except Exception as e:
    print('(-7) & (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) & (-7)', '->', repr((-7) & (-7)))
except Exception as e:
    print('(-7) & (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) & (3)', '->', repr((-7) & (3)))
except Exception as e:
    print('(-7) & (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) & (2.5)', '->', repr((-7) & (2.5)))
except Exception as e:
    print('(-7) & (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) & (-2.5)', '->', repr((-7) & (-2.5)))
except Exception as e:
    print('(-7) & (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) & (0.1)', '->', repr((-7) & (0.1)))
except Exception as e:
    print('(-7) & (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) & (1e300)', '->', repr((-7) & (1e300)))
except Exception as e:
    print('(-7) & (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) & (True)', '->', repr((-7) & (True)))
except Exception as e:
    print('(-7) & (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) & (False)', '->', repr((-7) & (False)))
except Exception as e:
    print('(-7) & (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) & (2**40)', '->', repr((-7) & (2**40)))
except Exception as e:
    print('(-7) & (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) | (0)', '->', repr((-7) | (0)))
except Exception as e:
    print('(-7) | (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) | (1)', '->', repr((-7) | (1)))
except Exception as e:
    print('(-7) | (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) | (-1)', '->', repr((-7) | (-1)))
except Exception as e:
    print('(-7) | (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) | (7)', '->', repr((-7) | (7)))
except Exception as e:
    print('(-7) | (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) | (-7)', '->', repr((-7) | (-7)))
except Exception as e:
    print('(-7) | (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) | (3)', '->', repr((-7) | (3)))
except Exception as e:
    print('(-7) | (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) | (2.5)', '->', repr((-7) | (2.5)))
except Exception as e:
    print('(-7) | (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) | (-2.5)', '->', repr((-7) | (-2.5)))
except Exception as e:
    print('(-7) | (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) | (0.1)', '->', repr((-7) | (0.1)))
except Exception as e:
    print('(-7) | (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) | (1e300)', '->', repr((-7) | (1e300)))
except Exception as e:
    print('(-7) | (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) | (True)', '->', repr((-7) | (True)))
except Exception as e:
    print('(-7) | (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) | (False)', '->', repr((-7) | (False)))
except Exception as e:
    print('(-7) | (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) | (2**40)', '->', repr((-7) | (2**40)))
except Exception as e:
    print('(-7) | (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) ^ (0)', '->', repr((-7) ^ (0)))
except Exception as e:
    print('(-7) ^ (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) ^ (1)', '->', repr((-7) ^ (1)))
except Exception as e:
    print('(-7) ^ (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) ^ (-1)', '->', repr((-7) ^ (-1)))
except Exception as e:
    print('(-7) ^ (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) ^ (7)', '->', repr((-7) ^ (7)))
except Exception as e:
    print('(-7) ^ (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) ^ (-7)', '->', repr((-7) ^ (-7)))
except Exception as e:
    print('(-7) ^ (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) ^ (3)', '->', repr((-7) ^ (3)))
except Exception as e:
    print('(-7) ^ (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) ^ (2.5)', '->', repr((-7) ^ (2.5)))
except Exception as e:
    print('(-7) ^ (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) ^ (-2.5)', '->', repr((-7) ^ (-2.5)))
except Exception as e:
    print('(-7) ^ (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) ^ (0.1)', '->', repr((-7) ^ (0.1)))
except Exception as e:
    print('(-7) ^ (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) ^ (1e300)', '->', repr((-7) ^ (1e300)))
except Exception as e:
    print('(-7) ^ (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) ^ (True)', '->', repr((-7) ^ (True)))
except Exception as e:
    print('(-7) ^ (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) ^ (False)', '->', repr((-7) ^ (False)))
except Exception as e:
    print('(-7) ^ (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) ^ (2**40)', '->', repr((-7) ^ (2**40)))
except Exception as e:
    print('(-7) ^ (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) << (0)', '->', repr((-7) << (0)))
except Exception as e:
    print('(-7) << (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) << (1)', '->', repr((-7) << (1)))
except Exception as e:
    print('(-7) << (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) << (-1)', '->', repr((-7) << (-1)))
except Exception as e:
    print('(-7) << (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) << (7)', '->', repr((-7) << (7)))
except Exception as e:
    print('(-7) << (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) << (-7)', '->', repr((-7) << (-7)))
except Exception as e:
    print('(-7) << (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) << (3)', '->', repr((-7) << (3)))
except Exception as e:
    print('(-7) << (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) << (2.5)', '->', repr((-7) << (2.5)))
except Exception as e:
    print('(-7) << (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) << (-2.5)', '->', repr((-7) << (-2.5)))
except Exception as e:
    print('(-7) << (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) << (0.1)', '->', repr((-7) << (0.1)))
except Exception as e:
    print('(-7) << (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) << (1e300)', '->', repr((-7) << (1e300)))
except Exception as e:
    print('(-7) << (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) << (True)', '->', repr((-7) << (True)))
except Exception as e:
    print('(-7) << (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) << (False)', '->', repr((-7) << (False)))
except Exception as e:
    print('(-7) << (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >> (0)', '->', repr((-7) >> (0)))
except Exception as e:
    print('(-7) >> (0)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >> (1)', '->', repr((-7) >> (1)))
except Exception as e:
    print('(-7) >> (1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >> (-1)', '->', repr((-7) >> (-1)))
except Exception as e:
    print('(-7) >> (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >> (7)', '->', repr((-7) >> (7)))
except Exception as e:
    print('(-7) >> (7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >> (-7)', '->', repr((-7) >> (-7)))
except Exception as e:
    print('(-7) >> (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >> (3)', '->', repr((-7) >> (3)))
except Exception as e:
    print('(-7) >> (3)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >> (2.5)', '->', repr((-7) >> (2.5)))
except Exception as e:
    print('(-7) >> (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >> (-2.5)', '->', repr((-7) >> (-2.5)))
except Exception as e:
    print('(-7) >> (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >> (0.1)', '->', repr((-7) >> (0.1)))
except Exception as e:
    print('(-7) >> (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >> (1e300)', '->', repr((-7) >> (1e300)))
except Exception as e:
    print('(-7) >> (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >> (True)', '->', repr((-7) >> (True)))
except Exception as e:
    print('(-7) >> (True)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >> (False)', '->', repr((-7) >> (False)))
except Exception as e:
    print('(-7) >> (False)', '->', type(e).__name__ + ':', e)
try:
    print('(-7) >> (2**40)', '->', repr((-7) >> (2**40)))
except Exception as e:
    print('(-7) >> (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(-7, 3)', '->', repr(divmod(-7, 3)))
except Exception as e:
    print('divmod(-7, 3)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(-7, -2.5)', '->', repr(divmod(-7, -2.5)))
except Exception as e:
    print('divmod(-7, -2.5)', '->', type(e).__name__ + ':', e)
try:
    print('pow(-7, 2)', '->', repr(pow(-7, 2)))
except Exception as e:
    print('pow(-7, 2)', '->', type(e).__name__ + ':', e)
try:
    print('-(-7)', '->', repr(-(-7)))
except Exception as e:
    print('-(-7)', '->', type(e).__name__ + ':', e)
try:
    print('~(-7)', '->', repr(~(-7)))
except Exception as e:
    print('~(-7)', '->', type(e).__name__ + ':', e)
try:
    print('not (-7)', '->', repr(not (-7)))
except Exception as e:
    print('not (-7)', '->', type(e).__name__ + ':', e)
