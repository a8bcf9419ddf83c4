# numpy scalars in formatting and arithmetic as course code prints losses: format specs,
# f-strings (float32 with an empty spec formats as the Python float it converts to), %,
# round/abs/int/float, mixed arithmetic result types, containers of scalars.
import numpy as np
vals = [np.float64(0.1), np.float32(0.1), np.int64(3), np.int32(-7), np.float32(1e-5), np.float64(123456789.123), np.float32(2.5), np.uint8(200), np.float64(np.nan), np.float32(np.inf)]
for v in vals:
    row = []
    for spec in ["", ".3f", ".2e", "10.4f", "<8", ">8", "g", ".3g", "+.1f", ",", "%"]:
        try:
            row.append(format(v, spec))
        except Exception as e:
            row.append(f"!{type(e).__name__}")
    print(repr(v), row)
    try:
        print(f"{v}", str(v), "%s %r" % (v, v), "%.2f" % v, "%d" % v if not np.isnan(float(v)) and not np.isinf(float(v)) else "-", "%5.1e" % v)
    except Exception as e:
        print("!", type(e).__name__, e)
    print(round(v) if not np.isnan(float(v)) and not np.isinf(float(v)) else "-", round(v, 2), abs(v), -v if v.dtype != bool else "-", int(v) if np.isfinite(float(v)) else "-", float(v), bool(v))
    print(v + 1, v * 2, v / 3, 1 - v, v ** 2 if v.dtype != bool else "-", type(v + 1).__name__, type(v * 1.0).__name__, type(v + np.int64(1)).__name__)
print([np.float64(0.5), np.float32(0.25), np.int64(1)], (np.float64(1.0),), {"loss": np.float64(0.123456789)})
print("loss: {:.4f}, acc: {:.2%}".format(np.float64(0.123456), np.float32(0.95)))
print(sum([np.float32(0.1)] * 3), max(np.float64(1), 2), min([np.int64(3), 2.5]))
print(np.float64(1) == 1, np.float32(0.1) == 0.1, np.int64(5) // 2, np.int64(5) % -3, divmod(np.float64(7.5), 2))
print(np.mean([1, 2, 3]), np.std([1, 2]), np.float64(3).item(), type(np.float64(3).item()).__name__, np.int64(4).item())
for v in [np.float32(0.1), np.float32(2.5), np.int64(3), np.float64(0.1), np.bool_(True), np.uint8(7), np.float32(np.nan), np.float32(1e10)]:
    print(repr(format(v, "")), repr(f"{v}"), repr(str(v)))
