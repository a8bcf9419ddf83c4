import numpy as np

# uint8, as image data comes: wrapping arithmetic, promotion, conversions, printing.
a = np.array([1, 200, 255], dtype=np.uint8)
print(a, a.dtype, repr(a), a.dtype.itemsize, a.nbytes)
print(a + 100, a * 2, a - 2, a // 3, a % 7, (a + a).dtype)
print(a / 255, (a / 255).dtype, a.astype(np.float32) / 255)
print(a + np.int64(1), (a + np.arange(3)).dtype, (a * 1.5).dtype, (a + np.float32(1)).dtype)
print(a.sum(), a.max(), a.min(), a.mean(), a.argmax(), repr(a[1]), a[1] + 1)
print(np.array([1.7, -1.2, 260.0]).astype(np.uint8), np.arange(254, 258).astype("uint8"))
print(a > 100, a.astype(np.int64) - 300, a[a > 100])
print(repr(np.uint8(7)), np.uint8(250) + np.uint8(10))
img = np.zeros((2, 3, 3), dtype=np.uint8)
img[0, :, 0] = 255
img[1] = [10, 20, 30]
print(img)
print(img.reshape(-1, 3).T, img.dtype.kind, img.dtype.name)
for bad in [300, -1]:
    try:
        img[0, 0, 0] = bad
    except OverflowError as e:
        print("OverflowError:", e)
try:
    a + 256
except OverflowError as e:
    print("OverflowError:", e)
