# printf-style %d, %s and %.Nf over many values: the forms NumBook writes without a format
# spec must match the general path (negative zero, big values, non-finite, bools).
vals = [0, -0.0, 0.0, 1.5, -2.5, 2.5, 1e300, -1e-300, float('nan'), float('inf'), -float('inf'), True, False, 7, -7, 2**63 - 1, -2**63, 2**70, 'x', None, [1], 3.14159, 123456789.987654321]
for t in ['%d', '%i', '%u', '%s', '%f', '%F', '%.0f', '%.2f', '%.10f', '%.f', '%.100f', '%.101f', 'a%sb%dc', '%s%s']:
    for v in vals:
        try:
            r = t % ((v, v) if t.count('%') == 2 else v)
            print(t, repr(v), '->', r[:80])
        except Exception as e:
            print(t, repr(v), '->', type(e).__name__, e)
