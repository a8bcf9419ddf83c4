# Generated: every operator with one left operand.
try:
    print('(2.5) + (0)', '->', repr((2.5) + (0)))
except Exception as e:
    print('(2.5) + (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) + (1)', '->', repr((2.5) + (1)))
except Exception as e:
    print('(2.5) + (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) + (-1)', '->', repr((2.5) + (-1)))
except Exception as e:
    print('(2.5) + (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) + (7)', '->', repr((2.5) + (7)))
except Exception as e:
    print('(2.5) + (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) + (-7)', '->', repr((2.5) + (-7)))
except Exception as e:
    print('(2.5) + (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) + (3)', '->', repr((2.5) + (3)))
except Exception as e:
    print('(2.5) + (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) + (2.5)', '->', repr((2.5) + (2.5)))
except Exception as e:
    print('(2.5) + (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) + (-2.5)', '->', repr((2.5) + (-2.5)))
except Exception as e:
    print('(2.5) + (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) + (0.1)', '->', repr((2.5) + (0.1)))
except Exception as e:
    print('(2.5) + (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) + (1e300)', '->', repr((2.5) + (1e300)))
except Exception as e:
    print('(2.5) + (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) + (True)', '->', repr((2.5) + (True)))
except Exception as e:
    print('(2.5) + (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) + (False)', '->', repr((2.5) + (False)))
except Exception as e:
    print('(2.5) + (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) + (2**40)', '->', repr((2.5) + (2**40)))
except Exception as e:
    print('(2.5) + (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) - (0)', '->', repr((2.5) - (0)))
except Exception as e:
    print('(2.5) - (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) - (1)', '->', repr((2.5) - (1)))
except Exception as e:
    print('(2.5) - (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) - (-1)', '->', repr((2.5) - (-1)))
except Exception as e:
    print('(2.5) - (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) - (7)', '->', repr((2.5) - (7)))
except Exception as e:
    print('(2.5) - (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) - (-7)', '->', repr((2.5) - (-7)))
except Exception as e:
    print('(2.5) - (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) - (3)', '->', repr((2.5) - (3)))
except Exception as e:
    print('(2.5) - (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) - (2.5)', '->', repr((2.5) - (2.5)))
except Exception as e:
    print('(2.5) - (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) - (-2.5)', '->', repr((2.5) - (-2.5)))
except Exception as e:
    print('(2.5) - (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) - (0.1)', '->', repr((2.5) - (0.1)))
except Exception as e:
    print('(2.5) - (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) - (1e300)', '->', repr((2.5) - (1e300)))
except Exception as e:
    print('(2.5) - (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) - (True)', '->', repr((2.5) - (True)))
except Exception as e:
    print('(2.5) - (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) - (False)', '->', repr((2.5) - (False)))
except Exception as e:
    print('(2.5) - (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) - (2**40)', '->', repr((2.5) - (2**40)))
except Exception as e:
    print('(2.5) - (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) * (0)', '->', repr((2.5) * (0)))
except Exception as e:
    print('(2.5) * (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) * (1)', '->', repr((2.5) * (1)))
except Exception as e:
    print('(2.5) * (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) * (-1)', '->', repr((2.5) * (-1)))
except Exception as e:
    print('(2.5) * (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) * (7)', '->', repr((2.5) * (7)))
except Exception as e:
    print('(2.5) * (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) * (-7)', '->', repr((2.5) * (-7)))
except Exception as e:
    print('(2.5) * (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) * (3)', '->', repr((2.5) * (3)))
except Exception as e:
    print('(2.5) * (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) * (2.5)', '->', repr((2.5) * (2.5)))
except Exception as e:
    print('(2.5) * (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) * (-2.5)', '->', repr((2.5) * (-2.5)))
except Exception as e:
    print('(2.5) * (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) * (0.1)', '->', repr((2.5) * (0.1)))
except Exception as e:
    print('(2.5) * (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) * (1e300)', '->', repr((2.5) * (1e300)))
except Exception as e:
    print('(2.5) * (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) * (True)', '->', repr((2.5) * (True)))
except Exception as e:
    print('(2.5) * (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) * (False)', '->', repr((2.5) * (False)))
except Exception as e:
    print('(2.5) * (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) * (2**40)', '->', repr((2.5) * (2**40)))
except Exception as e:
    print('(2.5) * (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) / (0)', '->', repr((2.5) / (0)))
except Exception as e:
    print('(2.5) / (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) / (1)', '->', repr((2.5) / (1)))
except Exception as e:
    print('(2.5) / (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) / (-1)', '->', repr((2.5) / (-1)))
except Exception as e:
    print('(2.5) / (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) / (7)', '->', repr((2.5) / (7)))
except Exception as e:
    print('(2.5) / (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) / (-7)', '->', repr((2.5) / (-7)))
except Exception as e:
    print('(2.5) / (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) / (3)', '->', repr((2.5) / (3)))
except Exception as e:
    print('(2.5) / (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) / (2.5)', '->', repr((2.5) / (2.5)))
except Exception as e:
    print('(2.5) / (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) / (-2.5)', '->', repr((2.5) / (-2.5)))
except Exception as e:
    print('(2.5) / (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) / (0.1)', '->', repr((2.5) / (0.1)))
except Exception as e:
    print('(2.5) / (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) / (1e300)', '->', repr((2.5) / (1e300)))
except Exception as e:
    print('(2.5) / (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) / (True)', '->', repr((2.5) / (True)))
except Exception as e:
    print('(2.5) / (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) / (False)', '->', repr((2.5) / (False)))
except Exception as e:
    print('(2.5) / (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) / (2**40)', '->', repr((2.5) / (2**40)))
except Exception as e:
    print('(2.5) / (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) // (0)', '->', repr((2.5) // (0)))
except Exception as e:
    print('(2.5) // (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) // (1)', '->', repr((2.5) // (1)))
except Exception as e:
    print('(2.5) // (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) // (-1)', '->', repr((2.5) // (-1)))
except Exception as e:
    print('(2.5) // (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) // (7)', '->', repr((2.5) // (7)))
except Exception as e:
    print('(2.5) // (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) // (-7)', '->', repr((2.5) // (-7)))
except Exception as e:
    print('(2.5) // (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) // (3)', '->', repr((2.5) // (3)))
except Exception as e:
    print('(2.5) // (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) // (2.5)', '->', repr((2.5) // (2.5)))
except Exception as e:
    print('(2.5) // (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) // (-2.5)', '->', repr((2.5) // (-2.5)))
except Exception as e:
    print('(2.5) // (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) // (0.1)', '->', repr((2.5) // (0.1)))
except Exception as e:
    print('(2.5) // (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) // (1e300)', '->', repr((2.5) // (1e300)))
except Exception as e:
    print('(2.5) // (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) // (True)', '->', repr((2.5) // (True)))
except Exception as e:
    print('(2.5) // (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) // (False)', '->', repr((2.5) // (False)))
except Exception as e:
    print('(2.5) // (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) // (2**40)', '->', repr((2.5) // (2**40)))
except Exception as e:
    print('(2.5) // (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) % (0)', '->', repr((2.5) % (0)))
except Exception as e:
    print('(2.5) % (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) % (1)', '->', repr((2.5) % (1)))
except Exception as e:
    print('(2.5) % (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) % (-1)', '->', repr((2.5) % (-1)))
except Exception as e:
    print('(2.5) % (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) % (7)', '->', repr((2.5) % (7)))
except Exception as e:
    print('(2.5) % (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) % (-7)', '->', repr((2.5) % (-7)))
except Exception as e:
    print('(2.5) % (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) % (3)', '->', repr((2.5) % (3)))
except Exception as e:
    print('(2.5) % (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) % (2.5)', '->', repr((2.5) % (2.5)))
except Exception as e:
    print('(2.5) % (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) % (-2.5)', '->', repr((2.5) % (-2.5)))
except Exception as e:
    print('(2.5) % (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) % (0.1)', '->', repr((2.5) % (0.1)))
except Exception as e:
    print('(2.5) % (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) % (1e300)', '->', repr((2.5) % (1e300)))
except Exception as e:
    print('(2.5) % (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) % (True)', '->', repr((2.5) % (True)))
except Exception as e:
    print('(2.5) % (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) % (False)', '->', repr((2.5) % (False)))
except Exception as e:
    print('(2.5) % (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) % (2**40)', '->', repr((2.5) % (2**40)))
except Exception as e:
    print('(2.5) % (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) ** (0)', '->', repr((2.5) ** (0)))
except Exception as e:
    print('(2.5) ** (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) ** (1)', '->', repr((2.5) ** (1)))
except Exception as e:
    print('(2.5) ** (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) ** (-1)', '->', repr((2.5) ** (-1)))
except Exception as e:
    print('(2.5) ** (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) ** (3)', '->', repr((2.5) ** (3)))
except Exception as e:
    print('(2.5) ** (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) ** (True)', '->', repr((2.5) ** (True)))
except Exception as e:
    print('(2.5) ** (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) ** (False)', '->', repr((2.5) ** (False)))
except Exception as e:
    print('(2.5) ** (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) == (0)', '->', repr((2.5) == (0)))
except Exception as e:
    print('(2.5) == (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) == (1)', '->', repr((2.5) == (1)))
except Exception as e:
    print('(2.5) == (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) == (-1)', '->', repr((2.5) == (-1)))
except Exception as e:
    print('(2.5) == (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) == (7)', '->', repr((2.5) == (7)))
except Exception as e:
    print('(2.5) == (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) == (-7)', '->', repr((2.5) == (-7)))
except Exception as e:
    print('(2.5) == (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) == (3)', '->', repr((2.5) == (3)))
except Exception as e:
    print('(2.5) == (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) == (2.5)', '->', repr((2.5) == (2.5)))
except Exception as e:
    print('(2.5) == (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) == (-2.5)', '->', repr((2.5) == (-2.5)))
except Exception as e:
    print('(2.5) == (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) == (0.1)', '->', repr((2.5) == (0.1)))
except Exception as e:
    print('(2.5) == (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) == (1e300)', '->', repr((2.5) == (1e300)))
except Exception as e:
    print('(2.5) == (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) == (True)', '->', repr((2.5) == (True)))
except Exception as e:
    print('(2.5) == (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) == (False)', '->', repr((2.5) == (False)))
except Exception as e:
    print('(2.5) == (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) == (2**40)', '->', repr((2.5) == (2**40)))
except Exception as e:
    print('(2.5) == (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) < (0)', '->', repr((2.5) < (0)))
except Exception as e:
    print('(2.5) < (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) < (1)', '->', repr((2.5) < (1)))
except Exception as e:
    print('(2.5) < (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) < (-1)', '->', repr((2.5) < (-1)))
except Exception as e:
    print('(2.5) < (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) < (7)', '->', repr((2.5) < (7)))
except Exception as e:
    print('(2.5) < (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) < (-7)', '->', repr((2.5) < (-7)))
except Exception as e:
    print('(2.5) < (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) < (3)', '->', repr((2.5) < (3)))
except Exception as e:
    print('(2.5) < (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) < (2.5)', '->', repr((2.5) < (2.5)))
except Exception as e:
    print('(2.5) < (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) < (-2.5)', '->', repr((2.5) < (-2.5)))
except Exception as e:
    print('(2.5) < (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) < (0.1)', '->', repr((2.5) < (0.1)))
except Exception as e:
    print('(2.5) < (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) < (1e300)', '->', repr((2.5) < (1e300)))
except Exception as e:
    print('(2.5) < (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) < (True)', '->', repr((2.5) < (True)))
except Exception as e:
    print('(2.5) < (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) < (False)', '->', repr((2.5) < (False)))
except Exception as e:
    print('(2.5) < (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) < (2**40)', '->', repr((2.5) < (2**40)))
except Exception as e:
    print('(2.5) < (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >= (0)', '->', repr((2.5) >= (0)))
except Exception as e:
    print('(2.5) >= (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >= (1)', '->', repr((2.5) >= (1)))
except Exception as e:
    print('(2.5) >= (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >= (-1)', '->', repr((2.5) >= (-1)))
except Exception as e:
    print('(2.5) >= (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >= (7)', '->', repr((2.5) >= (7)))
except Exception as e:
    print('(2.5) >= (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >= (-7)', '->', repr((2.5) >= (-7)))
except Exception as e:
    print('(2.5) >= (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >= (3)', '->', repr((2.5) >= (3)))
except Exception as e:
    print('(2.5) >= (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >= (2.5)', '->', repr((2.5) >= (2.5)))
except Exception as e:
    print('(2.5) >= (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >= (-2.5)', '->', repr((2.5) >= (-2.5)))
except Exception as e:
    print('(2.5) >= (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >= (0.1)', '->', repr((2.5) >= (0.1)))
except Exception as e:
    print('(2.5) >= (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >= (1e300)', '->', repr((2.5) >= (1e300)))
except Exception as e:
    print('(2.5) >= (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >= (True)', '->', repr((2.5) >= (True)))
except Exception as e:
    print('(2.5) >= (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >= (False)', '->', repr((2.5) >= (False)))
except Exception as e:
    print('(2.5) >= (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >= (2**40)', '->', repr((2.5) >= (2**40)))
except Exception as e:
    print('(2.5) >= (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) & (0)', '->', repr((2.5) & (0)))
except Exception as e:
    print('(2.5) & (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) & (1)', '->', repr((2.5) & (1)))
except Exception as e:
    print('(2.5) & (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) & (-1)', '->', repr((2.5) & (-1)))
except Exception as e:
    print('(2.5) & (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) & (7)', '->', repr((2.5) & (7)))
except Exception as e:
    print('(2.5) & (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) & (-7)', '->', repr((2.5) & (-7)))
except Exception as e:
    print('(2.5) & (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) & (3)', '->', repr((2.5) & (3)))
except Exception as e:
    print('(2.5) & (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) & (2.5)', '->', repr((2.5) & (2.5)))
except Exception as e:
    print('(2.5) & (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) & (-2.5)', '->', repr((2.5) & (-2.5)))
except Exception as e:
    print('(2.5) & (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) & (0.1)', '->', repr((2.5) & (0.1)))
except Exception as e:
    print('(2.5) & (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) & (1e300)', '->', repr((2.5) & (1e300)))
except Exception as e:
    print('(2.5) & (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) & (True)', '->', repr((2.5) & (True)))
except Exception as e:
    print('(2.5) & (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) & (False)', '->', repr((2.5) & (False)))
except Exception as e:
    print('(2.5) & (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) & (2**40)', '->', repr((2.5) & (2**40)))
except Exception as e:
    print('(2.5) & (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) | (0)', '->', repr((2.5) | (0)))
except Exception as e:
    print('(2.5) | (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) | (1)', '->', repr((2.5) | (1)))
except Exception as e:
    print('(2.5) | (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) | (-1)', '->', repr((2.5) | (-1)))
except Exception as e:
    print('(2.5) | (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) | (7)', '->', repr((2.5) | (7)))
except Exception as e:
    print('(2.5) | (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) | (-7)', '->', repr((2.5) | (-7)))
except Exception as e:
    print('(2.5) | (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) | (3)', '->', repr((2.5) | (3)))
except Exception as e:
    print('(2.5) | (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) | (2.5)', '->', repr((2.5) | (2.5)))
except Exception as e:
    print('(2.5) | (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) | (-2.5)', '->', repr((2.5) | (-2.5)))
except Exception as e:
    print('(2.5) | (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) | (0.1)', '->', repr((2.5) | (0.1)))
except Exception as e:
    print('(2.5) | (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) | (1e300)', '->', repr((2.5) | (1e300)))
except Exception as e:
    print('(2.5) | (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) | (True)', '->', repr((2.5) | (True)))
except Exception as e:
    print('(2.5) | (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) | (False)', '->', repr((2.5) | (False)))
except Exception as e:
    print('(2.5) | (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) | (2**40)', '->', repr((2.5) | (2**40)))
except Exception as e:
    print('(2.5) | (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) ^ (0)', '->', repr((2.5) ^ (0)))
except Exception as e:
    print('(2.5) ^ (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) ^ (1)', '->', repr((2.5) ^ (1)))
except Exception as e:
    print('(2.5) ^ (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) ^ (-1)', '->', repr((2.5) ^ (-1)))
except Exception as e:
    print('(2.5) ^ (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) ^ (7)', '->', repr((2.5) ^ (7)))
except Exception as e:
    print('(2.5) ^ (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) ^ (-7)', '->', repr((2.5) ^ (-7)))
except Exception as e:
    print('(2.5) ^ (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) ^ (3)', '->', repr((2.5) ^ (3)))
except Exception as e:
    print('(2.5) ^ (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) ^ (2.5)', '->', repr((2.5) ^ (2.5)))
except Exception as e:
    print('(2.5) ^ (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) ^ (-2.5)', '->', repr((2.5) ^ (-2.5)))
except Exception as e:
    print('(2.5) ^ (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) ^ (0.1)', '->', repr((2.5) ^ (0.1)))
except Exception as e:
    print('(2.5) ^ (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) ^ (1e300)', '->', repr((2.5) ^ (1e300)))
except Exception as e:
    print('(2.5) ^ (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) ^ (True)', '->', repr((2.5) ^ (True)))
except Exception as e:
    print('(2.5) ^ (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) ^ (False)', '->', repr((2.5) ^ (False)))
except Exception as e:
    print('(2.5) ^ (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) ^ (2**40)', '->', repr((2.5) ^ (2**40)))
except Exception as e:
    print('(2.5) ^ (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) << (0)', '->', repr((2.5) << (0)))
except Exception as e:
    print('(2.5) << (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) << (1)', '->', repr((2.5) << (1)))
except Exception as e:
    print('(2.5) << (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) << (-1)', '->', repr((2.5) << (-1)))
except Exception as e:
    print('(2.5) << (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) << (7)', '->', repr((2.5) << (7)))
except Exception as e:
    print('(2.5) << (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) << (-7)', '->', repr((2.5) << (-7)))
except Exception as e:
    print('(2.5) << (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) << (3)', '->', repr((2.5) << (3)))
except Exception as e:
    print('(2.5) << (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) << (2.5)', '->', repr((2.5) << (2.5)))
except Exception as e:
    print('(2.5) << (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) << (-2.5)', '->', repr((2.5) << (-2.5)))
except Exception as e:
    print('(2.5) << (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) << (0.1)', '->', repr((2.5) << (0.1)))
except Exception as e:
    print('(2.5) << (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) << (1e300)', '->', repr((2.5) << (1e300)))
except Exception as e:
    print('(2.5) << (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) << (True)', '->', repr((2.5) << (True)))
except Exception as e:
    print('(2.5) << (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) << (False)', '->', repr((2.5) << (False)))
except Exception as e:
    print('(2.5) << (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >> (0)', '->', repr((2.5) >> (0)))
except Exception as e:
    print('(2.5) >> (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >> (1)', '->', repr((2.5) >> (1)))
except Exception as e:
    print('(2.5) >> (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >> (-1)', '->', repr((2.5) >> (-1)))
except Exception as e:
    print('(2.5) >> (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >> (7)', '->', repr((2.5) >> (7)))
except Exception as e:
    print('(2.5) >> (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >> (-7)', '->', repr((2.5) >> (-7)))
except Exception as e:
    print('(2.5) >> (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >> (3)', '->', repr((2.5) >> (3)))
except Exception as e:
    print('(2.5) >> (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >> (2.5)', '->', repr((2.5) >> (2.5)))
except Exception as e:
    print('(2.5) >> (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >> (-2.5)', '->', repr((2.5) >> (-2.5)))
except Exception as e:
    print('(2.5) >> (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >> (0.1)', '->', repr((2.5) >> (0.1)))
except Exception as e:
    print('(2.5) >> (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >> (1e300)', '->', repr((2.5) >> (1e300)))
except Exception as e:
    print('(2.5) >> (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >> (True)', '->', repr((2.5) >> (True)))
except Exception as e:
    print('(2.5) >> (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >> (False)', '->', repr((2.5) >> (False)))
except Exception as e:
    print('(2.5) >> (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2.5) >> (2**40)', '->', repr((2.5) >> (2**40)))
except Exception as e:
    print('(2.5) >> (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(2.5, 3)', '->', repr(divmod(2.5, 3)))
except Exception as e:
    print('divmod(2.5, 3)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(2.5, -2.5)', '->', repr(divmod(2.5, -2.5)))
except Exception as e:
    print('divmod(2.5, -2.5)', '->', type(e).__name__ + ':', e)
try:
    print('pow(2.5, 2)', '->', repr(pow(2.5, 2)))
except Exception as e:
    print('pow(2.5, 2)', '->', type(e).__name__ + ':', e)
try:
    print('-(2.5)', '->', repr(-(2.5)))
except Exception as e:
    print('-(2.5)', '->', type(e).__name__ + ':', e)
try:
    print('~(2.5)', '->', repr(~(2.5)))
except Exception as e:
    print('~(2.5)', '->', type(e).__name__ + ':', e)
try:
    print('not (2.5)', '->', repr(not (2.5)))
except Exception as e:
    print('not (2.5)', '->', type(e).__name__ + ':', e)
