# Generated: every operator with one left operand.
try:
    print('(False) + (0)', '->', repr((False) + (0)))
except Exception as e:
    print('(False) + (0)', '->', type(e).__name__ + ':', e)
try:
    print('(False) + (1)', '->', repr((False) + (1)))
except Exception as e:
    print('(False) + (1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) + (-1)', '->', repr((False) + (-1)))
except Exception as e:
    print('(False) + (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) + (7)', '->', repr((False) + (7)))
except Exception as e:
    print('(False) + (7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) + (-7)', '->', repr((False) + (-7)))
except Exception as e:
    print('(False) + (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) + (3)', '->', repr((False) + (3)))
except Exception as e:
    print('(False) + (3)', '->', type(e).__name__ + ':', e)
try:
    print('(False) + (2.5)', '->', repr((False) + (2.5)))
except Exception as e:
    print('(False) + (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) + (-2.5)', '->', repr((False) + (-2.5)))
except Exception as e:
    print('(False) + (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) + (0.1)', '->', repr((False) + (0.1)))
except Exception as e:
    print('(False) + (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) + (1e300)', '->', repr((False) + (1e300)))
except Exception as e:
    print('(False) + (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(False) + (True)', '->', repr((False) + (True)))
except Exception as e:
    print('(False) + (True)', '->', type(e).__name__ + ':', e)
try:
    print('(False) + (False)', '->', repr((False) + (False)))
except Exception as e:
    print('(False) + (False)', '->', type(e).__name__ + ':', e)
try:
    print('(False) + (2**40)', '->', repr((False) + (2**40)))
except Exception as e:
    print('(False) + (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(False) - (0)', '->', repr((False) - (0)))
except Exception as e:
    print('(False) - (0)', '->', type(e).__name__ + ':', e)
try:
    print('(False) - (1)', '->', repr((False) - (1)))
except Exception as e:
    print('(False) - (1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) - (-1)', '->', repr((False) - (-1)))
except Exception as e:
    print('(False) - (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) - (7)', '->', repr((False) - (7)))
except Exception as e:
    print('(False) - (7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) - (-7)', '->', repr((False) - (-7)))
except Exception as e:
    print('(False) - (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) - (3)', '->', repr((False) - (3)))
except Exception as e:
    print('(False) - (3)', '->', type(e).__name__ + ':', e)
try:
    print('(False) - (2.5)', '->', repr((False) - (2.5)))
except Exception as e:
    print('(False) - (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) - (-2.5)', '->', repr((False) - (-2.5)))
except Exception as e:
    print('(False) - (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) - (0.1)', '->', repr((False) - (0.1)))
except Exception as e:
    print('(False) - (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) - (1e300)', '->', repr((False) - (1e300)))
except Exception as e:
    print('(False) - (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(False) - (True)', '->', repr((False) - (True)))
except Exception as e:
    print('(False) - (True)', '->', type(e).__name__ + ':', e)
try:
    print('(False) - (False)', '->', repr((False) - (False)))
except Exception as e:
    print('(False) - (False)', '->', type(e).__name__ + ':', e)
try:
    print('(False) - (2**40)', '->', repr((False) - (2**40)))
except Exception as e:
    print('(False) - (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(False) * (0)', '->', repr((False) * (0)))
except Exception as e:
    print('(False) * (0)', '->', type(e).__name__ + ':', e)
try:
    print('(False) * (1)', '->', repr((False) * (1)))
except Exception as e:
    print('(False) * (1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) * (-1)', '->', repr((False) * (-1)))
except Exception as e:
    print('(False) * (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) * (7)', '->', repr((False) * (7)))
except Exception as e:
    print('(False) * (7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) * (-7)', '->', repr((False) * (-7)))
except Exception as e:
    print('(False) * (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) * (3)', '->', repr((False) * (3)))
except Exception as e:
    print('(False) * (3)', '->', type(e).__name__ + ':', e)
try:
    print('(False) * (2.5)', '->', repr((False) * (2.5)))
except Exception as e:
    print('(False) * (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) * (-2.5)', '->', repr((False) * (-2.5)))
except Exception as e:
    print('(False) * (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) * (0.1)', '->', repr((False) * (0.1)))
except Exception as e:
    print('(False) * (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) * (1e300)', '->', repr((False) * (1e300)))
except Exception as e:
    print('(False) * (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(False) * (True)', '->', repr((False) * (True)))
except Exception as e:
    print('(False) * (True)', '->', type(e).__name__ + ':', e)
try:
    print('(False) * (False)', '->', repr((False) * (False)))
except Exception as e:
    print('(False) * (False)', '->', type(e).__name__ + ':', e)
try:
    print('(False) * (2**40)', '->', repr((False) * (2**40)))
except Exception as e:
    print('(False) * (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(False) / (0)', '->', repr((False) / (0)))
except Exception as e:
    print('(False) / (0)', '->', type(e).__name__ + ':', e)
try:
    print('(False) / (1)', '->', repr((False) / (1)))
except Exception as e:
    print('(False) / (1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) / (-1)', '->', repr((False) / (-1)))
except Exception as e:
    print('(False) / (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) / (7)', '->', repr((False) / (7)))
except Exception as e:
    print('(False) / (7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) / (-7)', '->', repr((False) / (-7)))
except Exception as e:
    print('(False) / (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) / (3)', '->', repr((False) / (3)))
except Exception as e:
    print('(False) / (3)', '->', type(e).__name__ + ':', e)
try:
    print('(False) / (2.5)', '->', repr((False) / (2.5)))
except Exception as e:
    print('(False) / (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) / (-2.5)', '->', repr((False) / (-2.5)))
except Exception as e:
    print('(False) / (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) / (0.1)', '->', repr((False) / (0.1)))
except Exception as e:
    print('(False) / (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) / (1e300)', '->', repr((False) / (1e300)))
except Exception as e:
    print('(False) / (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(False) / (True)', '->', repr((False) / (True)))
except Exception as e:
    print('(False) / (True)', '->', type(e).__name__ + ':', e)
try:
    print('(False) / (False)', '->', repr((False) / (False)))
except Exception as e:
    print('(False) / (False)', '->', type(e).__name__ + ':', e)
try:
    print('(False) / (2**40)', '->', repr((False) / (2**40)))
except Exception as e:
    print('(False) / (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(False) // (0)', '->', repr((False) // (0)))
except Exception as e:
    print('(False) // (0)', '->', type(e).__name__ + ':', e)
try:
    print('(False) // (1)', '->', repr((False) // (1)))
except Exception as e:
    print('(False) // (1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) // (-1)', '->', repr((False) // (-1)))
except Exception as e:
    print('(False) // (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) // (7)', '->', repr((False) // (7)))
except Exception as e:
    print('(False) // (7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) // (-7)', '->', repr((False) // (-7)))
except Exception as e:
    print('(False) // (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) // (3)', '->', repr((False) // (3)))
except Exception as e:
    print('(False) // (3)', '->', type(e).__name__ + ':', e)
try:
    print('(False) // (2.5)', '->', repr((False) // (2.5)))
except Exception as e:
    print('(False) // (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) // (-2.5)', '->', repr((False) // (-2.5)))
except Exception as e:
    print('(False) // (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) // (0.1)', '->', repr((False) // (0.1)))
except Exception as e:
    print('(False) // (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) // (1e300)', '->', repr((False) // (1e300)))
except Exception as e:
    print('(False) // (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(False) // (True)', '->', repr((False) // (True)))
except Exception as e:
    print('(False) // (True)', '->', type(e).__name__ + ':', e)
try:
    print('(False) // (False)', '->', repr((False) // (False)))
except Exception as e:
    print('(False) // (False)', '->', type(e).__name__ + ':', e)
try:
    print('(False) // (2**40)', '->', repr((False) // (2**40)))
except Exception as e:
    print('(False) // (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(False) % (0)', '->', repr((False) % (0)))
except Exception as e:
    print('(False) % (0)', '->', type(e).__name__ + ':', e)
try:
    print('(False) % (1)', '->', repr((False) % (1)))
except Exception as e:
    print('(False) % (1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) % (-1)', '->', repr((False) % (-1)))
except Exception as e:
    print('(False) % (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) % (7)', '->', repr((False) % (7)))
except Exception as e:
    print('(False) % (7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) % (-7)', '->', repr((False) % (-7)))
except Exception as e:
    print('(False) % (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) % (3)', '->', repr((False) % (3)))
except Exception as e:
    print('(False) % (3)', '->', type(e).__name__ + ':', e)
try:
    print('(False) % (2.5)', '->', repr((False) % (2.5)))
except Exception as e:
    print('(False) % (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) % (-2.5)', '->', repr((False) % (-2.5)))
except Exception as e:
    print('(False) % (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) % (0.1)', '->', repr((False) % (0.1)))
except Exception as e:
    print('(False) % (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) % (1e300)', '->', repr((False) % (1e300)))
except Exception as e:
    print('(False) % (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(False) % (True)', '->', repr((False) % (True)))
except Exception as e:
    print('(False) % (True)', '->', type(e).__name__ + ':', e)
try:
    print('(False) % (False)', '->', repr((False) % (False)))
except Exception as e:
    print('(False) % (False)', '->', type(e).__name__ + ':', e)
try:
    print('(False) % (2**40)', '->', repr((False) % (2**40)))
except Exception as e:
    print('(False) % (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(False) ** (0)', '->', repr((False) ** (0)))
except Exception as e:
    print('(False) ** (0)', '->', type(e).__name__ + ':', e)
try:
    print('(False) ** (1)', '->', repr((False) ** (1)))
except Exception as e:
    print('(False) ** (1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) ** (-1)', '->', repr((False) ** (-1)))
except Exception as e:
    print('(False) ** (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) ** (3)', '->', repr((False) ** (3)))
except Exception as e:
    print('(False) ** (3)', '->', type(e).__name__ + ':', e)
try:
    print('(False) ** (True)', '->', repr((False) ** (True)))
except Exception as e:
    print('(False) ** (True)', '->', type(e).__name__ + ':', e)
try:
    print('(False) ** (False)', '->', repr((False) ** (False)))
except Exception as e:
    print('(False) ** (False)', '->', type(e).__name__ + ':', e)
try:
    print('(False) == (0)', '->', repr((False) == (0)))
except Exception as e:
    print('(False) == (0)', '->', type(e).__name__ + ':', e)
try:
    print('(False) == (1)', '->', repr((False) == (1)))
except Exception as e:
    print('(False) == (1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) == (-1)', '->', repr((False) == (-1)))
except Exception as e:
    print('(False) == (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) == (7)', '->', repr((False) == (7)))
except Exception as e:
    print('(False) == (7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) == (-7)', '->', repr((False) == (-7)))
except Exception as e:
    print('(False) == (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) == (3)', '->', repr((False) == (3)))
except Exception as e:
    print('(False) == (3)', '->', type(e).__name__ + ':', e)
try:
    print('(False) == (2.5)', '->', repr((False) == (2.5)))
except Exception as e:
    print('(False) == (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) == (-2.5)', '->', repr((False) == (-2.5)))
except Exception as e:
    print('(False) == (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) == (0.1)', '->', repr((False) == (0.1)))
except Exception as e:
    print('(False) == (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) == (1e300)', '->', repr((False) == (1e300)))
except Exception as e:
    print('(False) == (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(False) == (True)', '->', repr((False) == (True)))
except Exception as e:
    print('(False) == (True)', '->', type(e).__name__ + ':', e)
try:
    print('(False) == (False)', '->', repr((False) == (False)))
except Exception as e:
    print('(False) == (False)', '->', type(e).__name__ + ':', e)
try:
    print('(False) == (2**40)', '->', repr((False) == (2**40)))
except Exception as e:
    print('(False) == (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(False) < (0)', '->', repr((False) < (0)))
except Exception as e:
    print('(False) < (0)', '->', type(e).__name__ + ':', e)
try:
    print('(False) < (1)', '->', repr((False) < (1)))
except Exception as e:
    print('(False) < (1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) < (-1)', '->', repr((False) < (-1)))
except Exception as e:
    print('(False) < (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) < (7)', '->', repr((False) < (7)))
except Exception as e:
    print('(False) < (7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) < (-7)', '->', repr((False) < (-7)))
except Exception as e:
    print('(False) < (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) < (3)', '->', repr((False) < (3)))
except Exception as e:
    print('(False) < (3)', '->', type(e).__name__ + ':', e)
try:
    print('(False) < (2.5)', '->', repr((False) < (2.5)))
except Exception as e:
    print('(False) < (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) < (-2.5)', '->', repr((False) < (-2.5)))
except Exception as e:
    print('(False) < (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) < (0.1)', '->', repr((False) < (0.1)))
except Exception as e:
    print('(False) < (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) < (1e300)', '->', repr((False) < (1e300)))
except Exception as e:
    print('(False) < (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(False) < (True)', '->', repr((False) < (True)))
except Exception as e:
    print('(False) < (True)', '->', type(e).__name__ + ':', e)
try:
    print('(False) < (False)', '->', repr((False) < (False)))
except Exception as e:
    print('(False) < (False)', '->', type(e).__name__ + ':', e)
try:
    print('(False) < (2**40)', '->', repr((False) < (2**40)))
except Exception as e:
    print('(False) < (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >= (0)', '->', repr((False) >= (0)))
except Exception as e:
    print('(False) >= (0)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >= (1)', '->', repr((False) >= (1)))
except Exception as e:
    print('(False) >= (1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >= (-1)', '->', repr((False) >= (-1)))
except Exception as e:
    print('(False) >= (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >= (7)', '->', repr((False) >= (7)))
except Exception as e:
    print('(False) >= (7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >= (-7)', '->', repr((False) >= (-7)))
except Exception as e:
    print('(False) >= (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >= (3)', '->', repr((False) >= (3)))
except Exception as e:
    print('(False) >= (3)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >= (2.5)', '->', repr((False) >= (2.5)))
except Exception as e:
    print('(False) >= (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >= (-2.5)', '->', repr((False) >= (-2.5)))
except Exception as e:
    print('(False) >= (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >= (0.1)', '->', repr((False) >= (0.1)))
except Exception as e:
    print('(False) >= (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >= (1e300)', '->', repr((False) >= (1e300)))
except Exception as e:
    print('(False) >= (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >= (True)', '->', repr((False) >= (True)))
except Exception as e:
    print('(False) >= (True)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >= (False)', '->', repr((False) >= (False)))
except Exception as e:
    print('(False) >= (False)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >= (2**40)', '->', repr((False) >= (2**40)))
except Exception as e:
    print('(False) >= (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(False) & (0)', '->', repr((False) & (0)))
except Exception as e:
    print('(False) & (0)', '->', type(e).__name__ + ':', e)
try:
    print('(False) & (1)', '->', repr((False) & (1)))
except Exception as e:
    print('(False) & (1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) & (-1)', '->', repr((False) & (-1)))
except Exception as e:
    print('(False) & (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) & (7)', '->', repr((False) & (7)))
except Exception as e:
    print('(False) & (7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) & (-7)', '->', repr((False) & (-7)))
except Exception as e:
    print('(False) & (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) & (3)', '->', repr((False) & (3)))
except Exception as e:
    print('(False) & (3)', '->', type(e).__name__ + ':', e)
try:
    print('(False) & (2.5)', '->', repr((False) & (2.5)))
except Exception as e:
    print('(False) & (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) & (-2.5)', '->', repr((False) & (-2.5)))
except Exception as e:
    print('(False) & (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) & (0.1)', '->', repr((False) & (0.1)))
except Exception as e:
    print('(False) & (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) & (1e300)', '->', repr((False) & (1e300)))
except Exception as e:
    print('(False) & (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(False) & (True)', '->', repr((False) & (True)))
except Exception as e:
    print('(False) & (True)', '->', type(e).__name__ + ':', e)
try:
    print('(False) & (False)', '->', repr((False) & (False)))
except Exception as e:
    print('(False) & (False)', '->', type(e).__name__ + ':', e)
try:
    print('(False) & (2**40)', '->', repr((False) & (2**40)))
except Exception as e:
    print('(False) & (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(False) | (0)', '->', repr((False) | (0)))
except Exception as e:
    print('(False) | (0)', '->', type(e).__name__ + ':', e)
try:
    print('(False) | (1)', '->', repr((False) | (1)))
except Exception as e:
    print('(False) | (1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) | (-1)', '->', repr((False) | (-1)))
except Exception as e:
    print('(False) | (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) | (7)', '->', repr((False) | (7)))
except Exception as e:
    print('(False) | (7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) | (-7)', '->', repr((False) | (-7)))
except Exception as e:
    print('(False) | (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) | (3)', '->', repr((False) | (3)))
except Exception as e:
    print('(False) | (3)', '->', type(e).__name__ + ':', e)
try:
    print('(False) | (2.5)', '->', repr((False) | (2.5)))
except Exception as e:
    print('(False) | (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) | (-2.5)', '->', repr((False) | (-2.5)))
except Exception as e:
    print('(False) | (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) | (0.1)', '->', repr((False) | (0.1)))
except Exception as e:
    print('(False) | (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) | (1e300)', '->', repr((False) | (1e300)))
except Exception as e:
    print('(False) | (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(False) | (True)', '->', repr((False) | (True)))
except Exception as e:
    print('(False) | (True)', '->', type(e).__name__ + ':', e)
try:
    print('(False) | (False)', '->', repr((False) | (False)))
except Exception as e:
    print('(False) | (False)', '->', type(e).__name__ + ':', e)
try:
    print('(False) | (2**40)', '->', repr((False) | (2**40)))
except Exception as e:
    print('(False) | (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(False) ^ (0)', '->', repr((False) ^ (0)))
except Exception as e:
    print('(False) ^ (0)', '->', type(e).__name__ + ':', e)
try:
    print('(False) ^ (1)', '->', repr((False) ^ (1)))
except Exception as e:
    print('(False) ^ (1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) ^ (-1)', '->', repr((False) ^ (-1)))
except Exception as e:
    print('(False) ^ (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) ^ (7)', '->', repr((False) ^ (7)))
except Exception as e:
    print('(False) ^ (7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) ^ (-7)', '->', repr((False) ^ (-7)))
except Exception as e:
    print('(False) ^ (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) ^ (3)', '->', repr((False) ^ (3)))
except Exception as e:
    print('(False) ^ (3)', '->', type(e).__name__ + ':', e)
try:
    print('(False) ^ (2.5)', '->', repr((False) ^ (2.5)))
except Exception as e:
    print('(False) ^ (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) ^ (-2.5)', '->', repr((False) ^ (-2.5)))
except Exception as e:
    print('(False) ^ (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) ^ (0.1)', '->', repr((False) ^ (0.1)))
except Exception as e:
    print('(False) ^ (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) ^ (1e300)', '->', repr((False) ^ (1e300)))
except Exception as e:
    print('(False) ^ (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(False) ^ (True)', '->', repr((False) ^ (True)))
except Exception as e:
    print('(False) ^ (True)', '->', type(e).__name__ + ':', e)
try:
    print('(False) ^ (False)', '->', repr((False) ^ (False)))
except Exception as e:
    print('(False) ^ (False)', '->', type(e).__name__ + ':', e)
try:
    print('(False) ^ (2**40)', '->', repr((False) ^ (2**40)))
except Exception as e:
    print('(False) ^ (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(False) << (0)', '->', repr((False) << (0)))
except Exception as e:
    print('(False) << (0)', '->', type(e).__name__ + ':', e)
try:
    print('(False) << (1)', '->', repr((False) << (1)))
except Exception as e:
    print('(False) << (1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) << (-1)', '->', repr((False) << (-1)))
except Exception as e:
    print('(False) << (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) << (7)', '->', repr((False) << (7)))
except Exception as e:
    print('(False) << (7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) << (-7)', '->', repr((False) << (-7)))
except Exception as e:
    print('(False) << (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) << (3)', '->', repr((False) << (3)))
except Exception as e:
    print('(False) << (3)', '->', type(e).__name__ + ':', e)
try:
    print('(False) << (2.5)', '->', repr((False) << (2.5)))
except Exception as e:
    print('(False) << (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) << (-2.5)', '->', repr((False) << (-2.5)))
except Exception as e:
    print('(False) << (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) << (0.1)', '->', repr((False) << (0.1)))
except Exception as e:
    print('(False) << (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) << (1e300)', '->', repr((False) << (1e300)))
except Exception as e:
    print('(False) << (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(False) << (True)', '->', repr((False) << (True)))
except Exception as e:
    print('(False) << (True)', '->', type(e).__name__ + ':', e)
try:
    print('(False) << (False)', '->', repr((False) << (False)))
except Exception as e:
    print('(False) << (False)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >> (0)', '->', repr((False) >> (0)))
except Exception as e:
    print('(False) >> (0)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >> (1)', '->', repr((False) >> (1)))
except Exception as e:
    print('(False) >> (1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >> (-1)', '->', repr((False) >> (-1)))
except Exception as e:
    print('(False) >> (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >> (7)', '->', repr((False) >> (7)))
except Exception as e:
    print('(False) >> (7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >> (-7)', '->', repr((False) >> (-7)))
except Exception as e:
    print('(False) >> (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >> (3)', '->', repr((False) >> (3)))
except Exception as e:
    print('(False) >> (3)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >> (2.5)', '->', repr((False) >> (2.5)))
except Exception as e:
    print('(False) >> (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >> (-2.5)', '->', repr((False) >> (-2.5)))
except Exception as e:
    print('(False) >> (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >> (0.1)', '->', repr((False) >> (0.1)))
except Exception as e:
    print('(False) >> (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >> (1e300)', '->', repr((False) >> (1e300)))
except Exception as e:
    print('(False) >> (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >> (True)', '->', repr((False) >> (True)))
except Exception as e:
    print('(False) >> (True)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >> (False)', '->', repr((False) >> (False)))
except Exception as e:
    print('(False) >> (False)', '->', type(e).__name__ + ':', e)
try:
    print('(False) >> (2**40)', '->', repr((False) >> (2**40)))
except Exception as e:
    print('(False) >> (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(False, 3)', '->', repr(divmod(False, 3)))
except Exception as e:
    print('divmod(False, 3)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(False, -2.5)', '->', repr(divmod(False, -2.5)))
except Exception as e:
    print('divmod(False, -2.5)', '->', type(e).__name__ + ':', e)
try:
    print('pow(False, 2)', '->', repr(pow(False, 2)))
except Exception as e:
    print('pow(False, 2)', '->', type(e).__name__ + ':', e)
try:
    print('-(False)', '->', repr(-(False)))
except Exception as e:
    print('-(False)', '->', type(e).__name__ + ':', e)
try:
    print('~(False)', '->', repr(~(False)))
except Exception as e:
    print('~(False)', '->', type(e).__name__ + ':', e)
try:
    print('not (False)', '->', repr(not (False)))
except Exception as e:
    print('not (False)', '->', type(e).__name__ + ':', e)
