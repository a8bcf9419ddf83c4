# Ints as text: str, repr, f-string fields (plain, =, !r, with literals), inside containers;
# the extremes of 64 bits and beyond.
for v in [0, 1, -1, 9, 10, -10, 99, 12345, -987654321, 2**62, -2**63, 2**63 - 1, 10**15, 10**16, 123456789012345678]:
    print(v, str(v), repr(v), f'{v}', f'{v=}', f'{v!r}', f'x{v}y', [v], (v,))
print(2**64, -2**70, f'{2**65}')
