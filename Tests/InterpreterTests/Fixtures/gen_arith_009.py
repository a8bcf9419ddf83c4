# Generated: every operator with one left operand.
try:
    print('(1e300) + (0)', '->', repr((1e300) + (0)))
except Exception as e:
    print('(1e300) + (0)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) + (1)', '->', repr((1e300) + (1)))
except Exception as e:
    print('(1e300) + (1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) + (-1)', '->', repr((1e300) + (-1)))
except Exception as e:
    print('(1e300) + (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) + (7)', '->', repr((1e300) + (7)))
except Exception as e:
    print('(1e300) + (7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) + (-7)', '->', repr((1e300) + (-7)))
except Exception as e:
    print('(1e300) + (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) + (3)', '->', repr((1e300) + (3)))
except Exception as e:
    print('(1e300) + (3)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) + (2.5)', '->', repr((1e300) + (2.5)))
except Exception as e:
    print('(1e300) + (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) + (-2.5)', '->', repr((1e300) + (-2.5)))
except Exception as e:
    print('(1e300) + (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) + (0.1)', '->', repr((1e300) + (0.1)))
except Exception as e:
    print('(1e300) + (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) + (1e300)', '->', repr((1e300) + (1e300)))
except Exception as e:
    print('(1e300) + (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) + (True)', '->', repr((1e300) + (True)))
except Exception as e:
    print('(1e300) + (True)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) + (False)', '->', repr((1e300) + (False)))
except Exception as e:
    print('(1e300) + (False)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) + (2**40)', '->', repr((1e300) + (2**40)))
except Exception as e:
    print('(1e300) + (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) - (0)', '->', repr((1e300) - (0)))
except Exception as e:
    print('(1e300) - (0)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) - (1)', '->', repr((1e300) - (1)))
except Exception as e:
    print('(1e300) - (1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) - (-1)', '->', repr((1e300) - (-1)))
except Exception as e:
    print('(1e300) - (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) - (7)', '->', repr((1e300) - (7)))
except Exception as e:
    print('(1e300) - (7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) - (-7)', '->', repr((1e300) - (-7)))
except Exception as e:
    print('(1e300) - (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) - (3)', '->', repr((1e300) - (3)))
except Exception as e:
    print('(1e300) - (3)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) - (2.5)', '->', repr((1e300) - (2.5)))
except Exception as e:
    print('(1e300) - (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) - (-2.5)', '->', repr((1e300) - (-2.5)))
except Exception as e:
    print('(1e300) - (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) - (0.1)', '->', repr((1e300) - (0.1)))
except Exception as e:
    print('(1e300) - (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) - (1e300)', '->', repr((1e300) - (1e300)))
except Exception as e:
    print('(1e300) - (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) - (True)', '->', repr((1e300) - (True)))
except Exception as e:
    print('(1e300) - (True)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) - (False)', '->', repr((1e300) - (False)))
except Exception as e:
    print('(1e300) - (False)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) - (2**40)', '->', repr((1e300) - (2**40)))
except Exception as e:
    print('(1e300) - (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) * (0)', '->', repr((1e300) * (0)))
except Exception as e:
    print('(1e300) * (0)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) * (1)', '->', repr((1e300) * (1)))
except Exception as e:
    print('(1e300) * (1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) * (-1)', '->', repr((1e300) * (-1)))
except Exception as e:
    print('(1e300) * (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) * (7)', '->', repr((1e300) * (7)))
except Exception as e:
    print('(1e300) * (7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) * (-7)', '->', repr((1e300) * (-7)))
except Exception as e:
    print('(1e300) * (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) * (3)', '->', repr((1e300) * (3)))
except Exception as e:
    print('(1e300) * (3)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) * (2.5)', '->', repr((1e300) * (2.5)))
except Exception as e:
    print('(1e300) * (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) * (-2.5)', '->', repr((1e300) * (-2.5)))
except Exception as e:
    print('(1e300) * (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) * (0.1)', '->', repr((1e300) * (0.1)))
except Exception as e:
    print('(1e300) * (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) * (1e300)', '->', repr((1e300) * (1e300)))
except Exception as e:
    print('(1e300) * (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) * (True)', '->', repr((1e300) * (True)))
except Exception as e:
    print('(1e300) * (True)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) * (False)', '->', repr((1e300) * (False)))
except Exception as e:
    print('(1e300) * (False)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) * (2**40)', '->', repr((1e300) * (2**40)))
except Exception as e:
    print('(1e300) * (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) / (0)', '->', repr((1e300) / (0)))
except Exception as e:
    print('(1e300) / (0)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) / (1)', '->', repr((1e300) / (1)))
except Exception as e:
    print('(1e300) / (1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) / (-1)', '->', repr((1e300) / (-1)))
except Exception as e:
    print('(1e300) / (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) / (7)', '->', repr((1e300) / (7)))
except Exception as e:
    print('(1e300) / (7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) / (-7)', '->', repr((1e300) / (-7)))
except Exception as e:
    print('(1e300) / (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) / (3)', '->', repr((1e300) / (3)))
except Exception as e:
    print('(1e300) / (3)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) / (2.5)', '->', repr((1e300) / (2.5)))
except Exception as e:
    print('(1e300) / (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) / (-2.5)', '->', repr((1e300) / (-2.5)))
except Exception as e:
    print('(1e300) / (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) / (0.1)', '->', repr((1e300) / (0.1)))
except Exception as e:
    print('(1e300) / (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) / (1e300)', '->', repr((1e300) / (1e300)))
except Exception as e:
    print('(1e300) / (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) / (True)', '->', repr((1e300) / (True)))
except Exception as e:
    print('(1e300) / (True)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) / (False)', '->', repr((1e300) / (False)))
except Exception as e:
    print('(1e300) / (False)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) / (2**40)', '->', repr((1e300) / (2**40)))
except Exception as e:
    print('(1e300) / (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) // (0)', '->', repr((1e300) // (0)))
except Exception as e:
    print('(1e300) // (0)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) // (1)', '->', repr((1e300) // (1)))
except Exception as e:
    print('(1e300) // (1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) // (-1)', '->', repr((1e300) // (-1)))
except Exception as e:
    print('(1e300) // (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) // (7)', '->', repr((1e300) // (7)))
except Exception as e:
    print('(1e300) // (7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) // (-7)', '->', repr((1e300) // (-7)))
except Exception as e:
    print('(1e300) // (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) // (3)', '->', repr((1e300) // (3)))
except Exception as e:
    print('(1e300) // (3)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) // (2.5)', '->', repr((1e300) // (2.5)))
except Exception as e:
    print('(1e300) // (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) // (-2.5)', '->', repr((1e300) // (-2.5)))
except Exception as e:
    print('(1e300) // (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) // (0.1)', '->', repr((1e300) // (0.1)))
except Exception as e:
    print('(1e300) // (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) // (1e300)', '->', repr((1e300) // (1e300)))
except Exception as e:
    print('(1e300) // (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) // (True)', '->', repr((1e300) // (True)))
except Exception as e:
    print('(1e300) // (True)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) // (False)', '->', repr((1e300) // (False)))
except Exception as e:
    print('(1e300) // (False)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) // (2**40)', '->', repr((1e300) // (2**40)))
except Exception as e:
    print('(1e300) // (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) % (0)', '->', repr((1e300) % (0)))
except Exception as e:
    print('(1e300) % (0)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) % (1)', '->', repr((1e300) % (1)))
except Exception as e:
    print('(1e300) % (1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) % (-1)', '->', repr((1e300) % (-1)))
except Exception as e:
    print('(1e300) % (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) % (7)', '->', repr((1e300) % (7)))
except Exception as e:
    print('(1e300) % (7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) % (-7)', '->', repr((1e300) % (-7)))
except Exception as e:
    print('(1e300) % (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) % (3)', '->', repr((1e300) % (3)))
except Exception as e:
    print('(1e300) % (3)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) % (2.5)', '->', repr((1e300) % (2.5)))
except Exception as e:
    print('(1e300) % (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) % (-2.5)', '->', repr((1e300) % (-2.5)))
except Exception as e:
    print('(1e300) % (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) % (0.1)', '->', repr((1e300) % (0.1)))
except Exception as e:
    print('(1e300) % (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) % (1e300)', '->', repr((1e300) % (1e300)))
except Exception as e:
    print('(1e300) % (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) % (True)', '->', repr((1e300) % (True)))
except Exception as e:
    print('(1e300) % (True)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) % (False)', '->', repr((1e300) % (False)))
except Exception as e:
    print('(1e300) % (False)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) % (2**40)', '->', repr((1e300) % (2**40)))
except Exception as e:
    print('(1e300) % (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) ** (0)', '->', repr((1e300) ** (0)))
except Exception as e:
    print('(1e300) ** (0)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) ** (1)', '->', repr((1e300) ** (1)))
except Exception as e:
    print('(1e300) ** (1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) ** (-1)', '->', repr((1e300) ** (-1)))
except Exception as e:
    print('(1e300) ** (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) ** (3)', '->', repr((1e300) ** (3)))
except Exception as e:
    print('(1e300) ** (3)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) ** (True)', '->', repr((1e300) ** (True)))
except Exception as e:
    print('(1e300) ** (True)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) ** (False)', '->', repr((1e300) ** (False)))
except Exception as e:
    print('(1e300) ** (False)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) == (0)', '->', repr((1e300) == (0)))
except Exception as e:
    print('(1e300) == (0)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) == (1)', '->', repr((1e300) == (1)))
except Exception as e:
    print('(1e300) == (1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) == (-1)', '->', repr((1e300) == (-1)))
except Exception as e:
    print('(1e300) == (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) == (7)', '->', repr((1e300) == (7)))
except Exception as e:
    print('(1e300) == (7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) == (-7)', '->', repr((1e300) == (-7)))
except Exception as e:
    print('(1e300) == (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) == (3)', '->', repr((1e300) == (3)))
except Exception as e:
    print('(1e300) == (3)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) == (2.5)', '->', repr((1e300) == (2.5)))
except Exception as e:
    print('(1e300) == (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) == (-2.5)', '->', repr((1e300) == (-2.5)))
except Exception as e:
    print('(1e300) == (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) == (0.1)', '->', repr((1e300) == (0.1)))
except Exception as e:
    print('(1e300) == (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) == (1e300)', '->', repr((1e300) == (1e300)))
except Exception as e:
    print('(1e300) == (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) == (True)', '->', repr((1e300) == (True)))
except Exception as e:
    print('(1e300) == (True)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) == (False)', '->', repr((1e300) == (False)))
except Exception as e:
    print('(1e300) == (False)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) == (2**40)', '->', repr((1e300) == (2**40)))
except Exception as e:
    print('(1e300) == (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) < (0)', '->', repr((1e300) < (0)))
except Exception as e:
    print('(1e300) < (0)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) < (1)', '->', repr((1e300) < (1)))
except Exception as e:
    print('(1e300) < (1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) < (-1)', '->', repr((1e300) < (-1)))
except Exception as e:
    print('(1e300) < (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) < (7)', '->', repr((1e300) < (7)))
except Exception as e:
    print('(1e300) < (7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) < (-7)', '->', repr((1e300) < (-7)))
except Exception as e:
    print('(1e300) < (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) < (3)', '->', repr((1e300) < (3)))
except Exception as e:
    print('(1e300) < (3)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) < (2.5)', '->', repr((1e300) < (2.5)))
except Exception as e:
    print('(1e300) < (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) < (-2.5)', '->', repr((1e300) < (-2.5)))
except Exception as e:
    print('(1e300) < (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) < (0.1)', '->', repr((1e300) < (0.1)))
except Exception as e:
    print('(1e300) < (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) < (1e300)', '->', repr((1e300) < (1e300)))
except Exception as e:
    print('(1e300) < (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) < (True)', '->', repr((1e300) < (True)))
except Exception as e:
    print('(1e300) < (True)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) < (False)', '->', repr((1e300) < (False)))
except Exception as e:
    print('(1e300) < (False)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) < (2**40)', '->', repr((1e300) < (2**40)))
except Exception as e:
    print('(1e300) < (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >= (0)', '->', repr((1e300) >= (0)))
except Exception as e:
    print('(1e300) >= (0)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >= (1)', '->', repr((1e300) >= (1)))
except Exception as e:
    print('(1e300) >= (1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >= (-1)', '->', repr((1e300) >= (-1)))
except Exception as e:
    print('(1e300) >= (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >= (7)', '->', repr((1e300) >= (7)))
except Exception as e:
    print('(1e300) >= (7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >= (-7)', '->', repr((1e300) >= (-7)))
except Exception as e:
    print('(1e300) >= (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >= (3)', '->', repr((1e300) >= (3)))
except Exception as e:
    print('(1e300) >= (3)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >= (2.5)', '->', repr((1e300) >= (2.5)))
except Exception as e:
    print('(1e300) >= (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >= (-2.5)', '->', repr((1e300) >= (-2.5)))
except Exception as e:
    print('(1e300) >= (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >= (0.1)', '->', repr((1e300) >= (0.1)))
except Exception as e:
    print('(1e300) >= (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >= (1e300)', '->', repr((1e300) >= (1e300)))
except Exception as e:
    print('(1e300) >= (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >= (True)', '->', repr((1e300) >= (True)))
except Exception as e:
    print('(1e300) >= (True)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >= (False)', '->', repr((1e300) >= (False)))
except Exception as e:
    print('(1e300) >= (False)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >= (2**40)', '->', repr((1e300) >= (2**40)))
except Exception as e:
    print('(1e300) >= (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) & (0)', '->', repr((1e300) & (0)))
except Exception as e:
    print('(1e300) & (0)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) & (1)', '->', repr((1e300) & (1)))
except Exception as e:
    print('(1e300) & (1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) & (-1)', '->', repr((1e300) & (-1)))
except Exception as e:
    print('(1e300) & (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) & (7)', '->', repr((1e300) & (7)))
except Exception as e:
    print('(1e300) & (7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) & (-7)', '->', repr((1e300) & (-7)))
except Exception as e:
    print('(1e300) & (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) & (3)', '->', repr((1e300) & (3)))
except Exception as e:
    print('(1e300) & (3)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) & (2.5)', '->', repr((1e300) & (2.5)))
except Exception as e:
    print('(1e300) & (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) & (-2.5)', '->', repr((1e300) & (-2.5)))
except Exception as e:
    print('(1e300) & (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) & (0.1)', '->', repr((1e300) & (0.1)))
except Exception as e:
    print('(1e300) & (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) & (1e300)', '->', repr((1e300) & (1e300)))
except Exception as e:
    print('(1e300) & (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) & (True)', '->', repr((1e300) & (True)))
except Exception as e:
    print('(1e300) & (True)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) & (False)', '->', repr((1e300) & (False)))
except Exception as e:
    print('(1e300) & (False)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) & (2**40)', '->', repr((1e300) & (2**40)))
except Exception as e:
    print('(1e300) & (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) | (0)', '->', repr((1e300) | (0)))
except Exception as e:
    print('(1e300) | (0)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) | (1)', '->', repr((1e300) | (1)))
except Exception as e:
    print('(1e300) | (1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) | (-1)', '->', repr((1e300) | (-1)))
except Exception as e:
    print('(1e300) | (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) | (7)', '->', repr((1e300) | (7)))
except Exception as e:
    print('(1e300) | (7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) | (-7)', '->', repr((1e300) | (-7)))
except Exception as e:
    print('(1e300) | (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) | (3)', '->', repr((1e300) | (3)))
except Exception as e:
    print('(1e300) | (3)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) | (2.5)', '->', repr((1e300) | (2.5)))
except Exception as e:
    print('(1e300) | (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) | (-2.5)', '->', repr((1e300) | (-2.5)))
except Exception as e:
    print('(1e300) | (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) | (0.1)', '->', repr((1e300) | (0.1)))
except Exception as e:
    print('(1e300) | (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) | (1e300)', '->', repr((1e300) | (1e300)))
except Exception as e:
    print('(1e300) | (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) | (True)', '->', repr((1e300) | (True)))
except Exception as e:
    print('(1e300) | (True)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) | (False)', '->', repr((1e300) | (False)))
except Exception as e:
    print('(1e300) | (False)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) | (2**40)', '->', repr((1e300) | (2**40)))
except Exception as e:
    print('(1e300) | (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) ^ (0)', '->', repr((1e300) ^ (0)))
except Exception as e:
    print('(1e300) ^ (0)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) ^ (1)', '->', repr((1e300) ^ (1)))
except Exception as e:
    print('(1e300) ^ (1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) ^ (-1)', '->', repr((1e300) ^ (-1)))
except Exception as e:
    print('(1e300) ^ (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) ^ (7)', '->', repr((1e300) ^ (7)))
except Exception as e:
    print('(1e300) ^ (7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) ^ (-7)', '->', repr((1e300) ^ (-7)))
except Exception as e:
    print('(1e300) ^ (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) ^ (3)', '->', repr((1e300) ^ (3)))
except Exception as e:
    print('(1e300) ^ (3)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) ^ (2.5)', '->', repr((1e300) ^ (2.5)))
except Exception as e:
    print('(1e300) ^ (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) ^ (-2.5)', '->', repr((1e300) ^ (-2.5)))
except Exception as e:
    print('(1e300) ^ (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) ^ (0.1)', '->', repr((1e300) ^ (0.1)))
except Exception as e:
    print('(1e300) ^ (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) ^ (1e300)', '->', repr((1e300) ^ (1e300)))
except Exception as e:
    print('(1e300) ^ (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) ^ (True)', '->', repr((1e300) ^ (True)))
except Exception as e:
    print('(1e300) ^ (True)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) ^ (False)', '->', repr((1e300) ^ (False)))
except Exception as e:
    print('(1e300) ^ (False)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) ^ (2**40)', '->', repr((1e300) ^ (2**40)))
except Exception as e:
    print('(1e300) ^ (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) << (0)', '->', repr((1e300) << (0)))
except Exception as e:
    print('(1e300) << (0)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) << (1)', '->', repr((1e300) << (1)))
except Exception as e:
    print('(1e300) << (1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) << (-1)', '->', repr((1e300) << (-1)))
except Exception as e:
    print('(1e300) << (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) << (7)', '->', repr((1e300) << (7)))
except Exception as e:
    print('(1e300) << (7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) << (-7)', '->', repr((1e300) << (-7)))
except Exception as e:
    print('(1e300) << (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) << (3)', '->', repr((1e300) << (3)))
except Exception as e:
    print('(1e300) << (3)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) << (2.5)', '->', repr((1e300) << (2.5)))
except Exception as e:
    print('(1e300) << (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) << (-2.5)', '->', repr((1e300) << (-2.5)))
except Exception as e:
    print('(1e300) << (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) << (0.1)', '->', repr((1e300) << (0.1)))
except Exception as e:
    print('(1e300) << (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) << (1e300)', '->', repr((1e300) << (1e300)))
except Exception as e:
    print('(1e300) << (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) << (True)', '->', repr((1e300) << (True)))
except Exception as e:
    print('(1e300) << (True)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) << (False)', '->', repr((1e300) << (False)))
except Exception as e:
    print('(1e300) << (False)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >> (0)', '->', repr((1e300) >> (0)))
except Exception as e:
    print('(1e300) >> (0)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >> (1)', '->', repr((1e300) >> (1)))
except Exception as e:
    print('(1e300) >> (1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >> (-1)', '->', repr((1e300) >> (-1)))
except Exception as e:
    print('(1e300) >> (-1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >> (7)', '->', repr((1e300) >> (7)))
except Exception as e:
    print('(1e300) >> (7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >> (-7)', '->', repr((1e300) >> (-7)))
except Exception as e:
    print('(1e300) >> (-7)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >> (3)', '->', repr((1e300) >> (3)))
except Exception as e:
    print('(1e300) >> (3)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >> (2.5)', '->', repr((1e300) >> (2.5)))
except Exception as e:
    print('(1e300) >> (2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >> (-2.5)', '->', repr((1e300) >> (-2.5)))
except Exception as e:
    print('(1e300) >> (-2.5)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >> (0.1)', '->', repr((1e300) >> (0.1)))
except Exception as e:
    print('(1e300) >> (0.1)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >> (1e300)', '->', repr((1e300) >> (1e300)))
except Exception as e:
    print('(1e300) >> (1e300)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >> (True)', '->', repr((1e300) >> (True)))
except Exception as e:
    print('(1e300) >> (True)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >> (False)', '->', repr((1e300) >> (False)))
except Exception as e:
    print('(1e300) >> (False)', '->', type(e).__name__ + ':', e)
try:
    print('(1e300) >> (2**40)', '->', repr((1e300) >> (2**40)))
except Exception as e:
    print('(1e300) >> (2**40)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(1e300, 3)', '->', repr(divmod(1e300, 3)))
except Exception as e:
    print('divmod(1e300, 3)', '->', type(e).__name__ + ':', e)
try:
    print('divmod(1e300, -2.5)', '->', repr(divmod(1e300, -2.5)))
except Exception as e:
    print('divmod(1e300, -2.5)', '->', type(e).__name__ + ':', e)
try:
    print('pow(1e300, 2)', '->', repr(pow(1e300, 2)))
except Exception as e:
    print('pow(1e300, 2)', '->', type(e).__name__ + ':', e)
try:
    print('-(1e300)', '->', repr(-(1e300)))
except Exception as e:
    print('-(1e300)', '->', type(e).__name__ + ':', e)
try:
    print('~(1e300)', '->', repr(~(1e300)))
except Exception as e:
    print('~(1e300)', '->', type(e).__name__ + ':', e)
try:
    print('not (1e300)', '->', repr(not (1e300)))
except Exception as e:
    print('not (1e300)', '->', type(e).__name__ + ':', e)
