# Generated: every operator with one left operand.
try:
    print('(2**40) + (0)', '->', repr((2**40) + (0)))
except Exception as e:
    print('(2**40) + (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) + (1)', '->', repr((2**40) + (1)))
except Exception as e:
    print('(2**40) + (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) + (-1)', '->', repr((2**40) + (-1)))
except Exception as e:
    print('(2**40) + (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) + (7)', '->', repr((2**40) + (7)))
except Exception as e:
    print('(2**40) + (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) + (-7)', '->', repr((2**40) + (-7)))
except Exception as e:
    print('(2**40) + (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) + (3)', '->', repr((2**40) + (3)))
except Exception as e:
    print('(2**40) + (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) + (2.5)', '->', repr((2**40) + (2.5)))
except Exception as e:
    print('(2**40) + (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) + (-2.5)', '->', repr((2**40) + (-2.5)))
except Exception as e:
    print('(2**40) + (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) + (0.1)', '->', repr((2**40) + (0.1)))
except Exception as e:
    print('(2**40) + (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) + (1e300)', '->', repr((2**40) + (1e300)))
except Exception as e:
    print('(2**40) + (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) + (True)', '->', repr((2**40) + (True)))
except Exception as e:
    print('(2**40) + (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) + (False)', '->', repr((2**40) + (False)))
except Exception as e:
    print('(2**40) + (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) + (2**40)', '->', repr((2**40) + (2**40)))
except Exception as e:
    print('(2**40) + (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) - (0)', '->', repr((2**40) - (0)))
except Exception as e:
    print('(2**40) - (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) - (1)', '->', repr((2**40) - (1)))
except Exception as e:
    print('(2**40) - (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) - (-1)', '->', repr((2**40) - (-1)))
except Exception as e:
    print('(2**40) - (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) - (7)', '->', repr((2**40) - (7)))
except Exception as e:
    print('(2**40) - (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) - (-7)', '->', repr((2**40) - (-7)))
except Exception as e:
    print('(2**40) - (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) - (3)', '->', repr((2**40) - (3)))
except Exception as e:
    print('(2**40) - (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) - (2.5)', '->', repr((2**40) - (2.5)))
except Exception as e:
    print('(2**40) - (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) - (-2.5)', '->', repr((2**40) - (-2.5)))
except Exception as e:
    print('(2**40) - (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) - (0.1)', '->', repr((2**40) - (0.1)))
except Exception as e:
    print('(2**40) - (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) - (1e300)', '->', repr((2**40) - (1e300)))
except Exception as e:
    print('(2**40) - (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) - (True)', '->', repr((2**40) - (True)))
except Exception as e:
    print('(2**40) - (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) - (False)', '->', repr((2**40) - (False)))
except Exception as e:
    print('(2**40) - (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) - (2**40)', '->', repr((2**40) - (2**40)))
except Exception as e:
    print('(2**40) - (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) * (0)', '->', repr((2**40) * (0)))
except Exception as e:
    print('(2**40) * (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) * (1)', '->', repr((2**40) * (1)))
except Exception as e:
    print('(2**40) * (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) * (-1)', '->', repr((2**40) * (-1)))
except Exception as e:
    print('(2**40) * (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) * (2.5)', '->', repr((2**40) * (2.5)))
except Exception as e:
    print('(2**40) * (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) * (-2.5)', '->', repr((2**40) * (-2.5)))
except Exception as e:
    print('(2**40) * (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) * (0.1)', '->', repr((2**40) * (0.1)))
except Exception as e:
    print('(2**40) * (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) * (1e300)', '->', repr((2**40) * (1e300)))
except Exception as e:
    print('(2**40) * (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) * (True)', '->', repr((2**40) * (True)))
except Exception as e:
    print('(2**40) * (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) * (False)', '->', repr((2**40) * (False)))
except Exception as e:
    print('(2**40) * (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) / (0)', '->', repr((2**40) / (0)))
except Exception as e:
    print('(2**40) / (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) / (1)', '->', repr((2**40) / (1)))
except Exception as e:
    print('(2**40) / (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) / (-1)', '->', repr((2**40) / (-1)))
except Exception as e:
    print('(2**40) / (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) / (7)', '->', repr((2**40) / (7)))
except Exception as e:
    print('(2**40) / (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) / (-7)', '->', repr((2**40) / (-7)))
except Exception as e:
    print('(2**40) / (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) / (3)', '->', repr((2**40) / (3)))
except Exception as e:
    print('(2**40) / (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) / (2.5)', '->', repr((2**40) / (2.5)))
except Exception as e:
    print('(2**40) / (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) / (-2.5)', '->', repr((2**40) / (-2.5)))
except Exception as e:
    print('(2**40) / (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) / (0.1)', '->', repr((2**40) / (0.1)))
except Exception as e:
    print('(2**40) / (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) / (1e300)', '->', repr((2**40) / (1e300)))
except Exception as e:
    print('(2**40) / (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) / (True)', '->', repr((2**40) / (True)))
except Exception as e:
    print('(2**40) / (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) / (False)', '->', repr((2**40) / (False)))
except Exception as e:
    print('(2**40) / (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) / (2**40)', '->', repr((2**40) / (2**40)))
except Exception as e:
    print('(2**40) / (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) // (0)', '->', repr((2**40) // (0)))
except Exception as e:
    print('(2**40) // (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) // (1)', '->', repr((2**40) // (1)))
except Exception as e:
    print('(2**40) // (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) // (-1)', '->', repr((2**40) // (-1)))
except Exception as e:
    print('(2**40) // (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) // (7)', '->', repr((2**40) // (7)))
except Exception as e:
    print('(2**40) // (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) // (-7)', '->', repr((2**40) // (-7)))
except Exception as e:
    print('(2**40) // (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) // (3)', '->', repr((2**40) // (3)))
except Exception as e:
    print('(2**40) // (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) // (2.5)', '->', repr((2**40) // (2.5)))
except Exception as e:
    print('(2**40) // (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) // (-2.5)', '->', repr((2**40) // (-2.5)))
except Exception as e:
    print('(2**40) // (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) // (0.1)', '->', repr((2**40) // (0.1)))
except Exception as e:
    print('(2**40) // (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) // (1e300)', '->', repr((2**40) // (1e300)))
except Exception as e:
    print('(2**40) // (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) // (True)', '->', repr((2**40) // (True)))
except Exception as e:
    print('(2**40) // (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) // (False)', '->', repr((2**40) // (False)))
except Exception as e:
    print('(2**40) // (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) // (2**40)', '->', repr((2**40) // (2**40)))
except Exception as e:
    print('(2**40) // (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) % (0)', '->', repr((2**40) % (0)))
except Exception as e:
    print('(2**40) % (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) % (1)', '->', repr((2**40) % (1)))
except Exception as e:
    print('(2**40) % (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) % (-1)', '->', repr((2**40) % (-1)))
except Exception as e:
    print('(2**40) % (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) % (7)', '->', repr((2**40) % (7)))
except Exception as e:
    print('(2**40) % (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) % (-7)', '->', repr((2**40) % (-7)))
except Exception as e:
    print('(2**40) % (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) % (3)', '->', repr((2**40) % (3)))
except Exception as e:
    print('(2**40) % (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) % (2.5)', '->', repr((2**40) % (2.5)))
except Exception as e:
    print('(2**40) % (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) % (-2.5)', '->', repr((2**40) % (-2.5)))
except Exception as e:
    print('(2**40) % (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) % (0.1)', '->', repr((2**40) % (0.1)))
except Exception as e:
    print('(2**40) % (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) % (1e300)', '->', repr((2**40) % (1e300)))
except Exception as e:
    print('(2**40) % (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) % (True)', '->', repr((2**40) % (True)))
except Exception as e:
    print('(2**40) % (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) % (False)', '->', repr((2**40) % (False)))
except Exception as e:
    print('(2**40) % (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) % (2**40)', '->', repr((2**40) % (2**40)))
except Exception as e:
    print('(2**40) % (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) ** (0)', '->', repr((2**40) ** (0)))
except Exception as e:
    print('(2**40) ** (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) ** (1)', '->', repr((2**40) ** (1)))
except Exception as e:
    print('(2**40) ** (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) ** (-1)', '->', repr((2**40) ** (-1)))
except Exception as e:
    print('(2**40) ** (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) ** (True)', '->', repr((2**40) ** (True)))
except Exception as e:
    print('(2**40) ** (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) ** (False)', '->', repr((2**40) ** (False)))
except Exception as e:
    print('(2**40) ** (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) == (0)', '->', repr((2**40) == (0)))
except Exception as e:
    print('(2**40) == (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) == (1)', '->', repr((2**40) == (1)))
except Exception as e:
    print('(2**40) == (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) == (-1)', '->', repr((2**40) == (-1)))
except Exception as e:
    print('(2**40) == (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) == (7)', '->', repr((2**40) == (7)))
except Exception as e:
    print('(2**40) == (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) == (-7)', '->', repr((2**40) == (-7)))
except Exception as e:
    print('(2**40) == (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) == (3)', '->', repr((2**40) == (3)))
except Exception as e:
    print('(2**40) == (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) == (2.5)', '->', repr((2**40) == (2.5)))
except Exception as e:
    print('(2**40) == (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) == (-2.5)', '->', repr((2**40) == (-2.5)))
except Exception as e:
    print('(2**40) == (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) == (0.1)', '->', repr((2**40) == (0.1)))
except Exception as e:
    print('(2**40) == (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) == (1e300)', '->', repr((2**40) == (1e300)))
except Exception as e:
    print('(2**40) == (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) == (True)', '->', repr((2**40) == (True)))
except Exception as e:
    print('(2**40) == (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) == (False)', '->', repr((2**40) == (False)))
except Exception as e:
    print('(2**40) == (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) == (2**40)', '->', repr((2**40) == (2**40)))
except Exception as e:
    print('(2**40) == (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) < (0)', '->', repr((2**40) < (0)))
except Exception as e:
    print('(2**40) < (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) < (1)', '->', repr((2**40) < (1)))
except Exception as e:
    print('(2**40) < (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) < (-1)', '->', repr((2**40) < (-1)))
except Exception as e:
    print('(2**40) < (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) < (7)', '->', repr((2**40) < (7)))
except Exception as e:
    print('(2**40) < (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) < (-7)', '->', repr((2**40) < (-7)))
except Exception as e:
    print('(2**40) < (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) < (3)', '->', repr((2**40) < (3)))
except Exception as e:
    print('(2**40) < (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) < (2.5)', '->', repr((2**40) < (2.5)))
except Exception as e:
    print('(2**40) < (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) < (-2.5)', '->', repr((2**40) < (-2.5)))
except Exception as e:
    print('(2**40) < (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) < (0.1)', '->', repr((2**40) < (0.1)))
except Exception as e:
    print('(2**40) < (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) < (1e300)', '->', repr((2**40) < (1e300)))
except Exception as e:
    print('(2**40) < (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) < (True)', '->', repr((2**40) < (True)))
except Exception as e:
    print('(2**40) < (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) < (False)', '->', repr((2**40) < (False)))
except Exception as e:
    print('(2**40) < (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) < (2**40)', '->', repr((2**40) < (2**40)))
except Exception as e:
    print('(2**40) < (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >= (0)', '->', repr((2**40) >= (0)))
except Exception as e:
    print('(2**40) >= (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >= (1)', '->', repr((2**40) >= (1)))
except Exception as e:
    print('(2**40) >= (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >= (-1)', '->', repr((2**40) >= (-1)))
except Exception as e:
    print('(2**40) >= (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >= (7)', '->', repr((2**40) >= (7)))
except Exception as e:
    print('(2**40) >= (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >= (-7)', '->', repr((2**40) >= (-7)))
except Exception as e:
    print('(2**40) >= (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >= (3)', '->', repr((2**40) >= (3)))
except Exception as e:
    print('(2**40) >= (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >= (2.5)', '->', repr((2**40) >= (2.5)))
except Exception as e:
    print('(2**40) >= (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >= (-2.5)', '->', repr((2**40) >= (-2.5)))
except Exception as e:
    print('(2**40) >= (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >= (0.1)', '->', repr((2**40) >= (0.1)))
except Exception as e:
    print('(2**40) >= (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >= (1e300)', '->', repr((2**40) >= (1e300)))
except Exception as e:
    print('(2**40) >= (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >= (True)', '->', repr((2**40) >= (True)))
except Exception as e:
    print('(2**40) >= (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >= (False)', '->', repr((2**40) >= (False)))
except Exception as e:
    print('(2**40) >= (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >= (2**40)', '->', repr((2**40) >= (2**40)))
except Exception as e:
    print('(2**40) >= (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) & (0)', '->', repr((2**40) & (0)))
except Exception as e:
    print('(2**40) & (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) & (1)', '->', repr((2**40) & (1)))
except Exception as e:
    print('(2**40) & (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) & (-1)', '->', repr((2**40) & (-1)))
except Exception as e:
    print('(2**40) & (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) & (7)', '->', repr((2**40) & (7)))
except Exception as e:
    print('(2**40) & (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) & (-7)', '->', repr((2**40) & (-7)))
except Exception as e:
    print('(2**40) & (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) & (3)', '->', repr((2**40) & (3)))
except Exception as e:
    print('(2**40) & (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) & (2.5)', '->', repr((2**40) & (2.5)))
except Exception as e:
    print('(2**40) & (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) & (-2.5)', '->', repr((2**40) & (-2.5)))
except Exception as e:
    print('(2**40) & (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) & (0.1)', '->', repr((2**40) & (0.1)))
except Exception as e:
    print('(2**40) & (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) & (1e300)', '->', repr((2**40) & (1e300)))
except Exception as e:
    print('(2**40) & (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) & (True)', '->', repr((2**40) & (True)))
except Exception as e:
    print('(2**40) & (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) & (False)', '->', repr((2**40) & (False)))
except Exception as e:
    print('(2**40) & (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) & (2**40)', '->', repr((2**40) & (2**40)))
except Exception as e:
    print('(2**40) & (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) | (0)', '->', repr((2**40) | (0)))
except Exception as e:
    print('(2**40) | (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) | (1)', '->', repr((2**40) | (1)))
except Exception as e:
    print('(2**40) | (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) | (-1)', '->', repr((2**40) | (-1)))
except Exception as e:
    print('(2**40) | (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) | (7)', '->', repr((2**40) | (7)))
except Exception as e:
    print('(2**40) | (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) | (-7)', '->', repr((2**40) | (-7)))
except Exception as e:
    print('(2**40) | (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) | (3)', '->', repr((2**40) | (3)))
except Exception as e:
    print('(2**40) | (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) | (2.5)', '->', repr((2**40) | (2.5)))
except Exception as e:
    print('(2**40) | (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) | (-2.5)', '->', repr((2**40) | (-2.5)))
except Exception as e:
    print('(2**40) | (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) | (0.1)', '->', repr((2**40) | (0.1)))
except Exception as e:
    print('(2**40) | (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) | (1e300)', '->', repr((2**40) | (1e300)))
except Exception as e:
    print('(2**40) | (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) | (True)', '->', repr((2**40) | (True)))
except Exception as e:
    print('(2**40) | (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) | (False)', '->', repr((2**40) | (False)))
except Exception as e:
    print('(2**40) | (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) | (2**40)', '->', repr((2**40) | (2**40)))
except Exception as e:
    print('(2**40) | (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) ^ (0)', '->', repr((2**40) ^ (0)))
except Exception as e:
    print('(2**40) ^ (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) ^ (1)', '->', repr((2**40) ^ (1)))
except Exception as e:
    print('(2**40) ^ (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) ^ (-1)', '->', repr((2**40) ^ (-1)))
except Exception as e:
    print('(2**40) ^ (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) ^ (7)', '->', repr((2**40) ^ (7)))
except Exception as e:
    print('(2**40) ^ (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) ^ (-7)', '->', repr((2**40) ^ (-7)))
except Exception as e:
    print('(2**40) ^ (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) ^ (3)', '->', repr((2**40) ^ (3)))
except Exception as e:
    print('(2**40) ^ (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) ^ (2.5)', '->', repr((2**40) ^ (2.5)))
except Exception as e:
    print('(2**40) ^ (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) ^ (-2.5)', '->', repr((2**40) ^ (-2.5)))
except Exception as e:
    print('(2**40) ^ (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) ^ (0.1)', '->', repr((2**40) ^ (0.1)))
except Exception as e:
    print('(2**40) ^ (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) ^ (1e300)', '->', repr((2**40) ^ (1e300)))
except Exception as e:
    print('(2**40) ^ (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) ^ (True)', '->', repr((2**40) ^ (True)))
except Exception as e:
    print('(2**40) ^ (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) ^ (False)', '->', repr((2**40) ^ (False)))
except Exception as e:
    print('(2**40) ^ (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) ^ (2**40)', '->', repr((2**40) ^ (2**40)))
except Exception as e:
    print('(2**40) ^ (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) << (0)', '->', repr((2**40) << (0)))
except Exception as e:
    print('(2**40) << (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) << (1)', '->', repr((2**40) << (1)))
except Exception as e:
    print('(2**40) << (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) << (-1)', '->', repr((2**40) << (-1)))
except Exception as e:
    print('(2**40) << (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) << (-7)', '->', repr((2**40) << (-7)))
except Exception as e:
    print('(2**40) << (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) << (2.5)', '->', repr((2**40) << (2.5)))
except Exception as e:
    print('(2**40) << (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) << (-2.5)', '->', repr((2**40) << (-2.5)))
except Exception as e:
    print('(2**40) << (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) << (0.1)', '->', repr((2**40) << (0.1)))
except Exception as e:
    print('(2**40) << (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) << (1e300)', '->', repr((2**40) << (1e300)))
except Exception as e:
    print('(2**40) << (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) << (True)', '->', repr((2**40) << (True)))
except Exception as e:
    print('(2**40) << (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) << (False)', '->', repr((2**40) << (False)))
except Exception as e:
    print('(2**40) << (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >> (0)', '->', repr((2**40) >> (0)))
except Exception as e:
    print('(2**40) >> (0)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >> (1)', '->', repr((2**40) >> (1)))
except Exception as e:
    print('(2**40) >> (1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >> (-1)', '->', repr((2**40) >> (-1)))
except Exception as e:
    print('(2**40) >> (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >> (7)', '->', repr((2**40) >> (7)))
except Exception as e:
    print('(2**40) >> (7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >> (-7)', '->', repr((2**40) >> (-7)))
except Exception as e:
    print('(2**40) >> (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >> (3)', '->', repr((2**40) >> (3)))
except Exception as e:
    print('(2**40) >> (3)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >> (2.5)', '->', repr((2**40) >> (2.5)))
except Exception as e:
    print('(2**40) >> (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >> (-2.5)', '->', repr((2**40) >> (-2.5)))
except Exception as e:
    print('(2**40) >> (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >> (0.1)', '->', repr((2**40) >> (0.1)))
except Exception as e:
    print('(2**40) >> (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >> (1e300)', '->', repr((2**40) >> (1e300)))
except Exception as e:
    print('(2**40) >> (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >> (True)', '->', repr((2**40) >> (True)))
except Exception as e:
    print('(2**40) >> (True)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >> (False)', '->', repr((2**40) >> (False)))
except Exception as e:
    print('(2**40) >> (False)', '->', type(e).__name__ + ':', e)
try:
    print('(2**40) >> (2**40)', '->', repr((2**40) >> (2**40)))
except Exception as e:
    print('(2**40) >> (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(2**40, 3)', '->', repr(divmod(2**40, 3)))
except Exception as e:
    print('divmod(2**40, 3)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(2**40, -2.5)', '->', repr(divmod(2**40, -2.5)))
except Exception as e:
    print('divmod(2**40, -2.5)', '->', type(e).__name__ + ':', e)
try:
    print('-(2**40)', '->', repr(-(2**40)))
except Exception as e:
    print('-(2**40)', '->', type(e).__name__ + ':', e)
try:
    print('~(2**40)', '->', repr(~(2**40)))
except Exception as e:
    print('~(2**40)', '->', type(e).__name__ + ':', e)
try:
    print('not (2**40)', '->', repr(not (2**40)))
except Exception as e:
    print('not (2**40)', '->', type(e).__name__ + ':', e)
