# matplotlib.image.imread / plt.imread of PNG files of every colour type, bit depth and
# interlacing (scripts/gen-image-fixtures.py), and imsave round trips through imread.
import os
import numpy as np
import matplotlib.image as mpimg
import matplotlib.pyplot as plt

here = os.path.dirname(os.path.abspath(__file__))
images = os.path.join(here, "images")
for name in sorted(os.listdir(images)):
    img = mpimg.imread(os.path.join(images, name))
    flat = img.reshape(-1)
    print(name, img.shape, img.dtype, repr(float(img.sum(dtype=np.float64))))
    print("  ", flat[:5], flat[-3:], img.max(), img.min())
img = plt.imread(os.path.join(images, "rgb8.png"))
print(img[0, :2], img[-1, -1])

# imsave: a 2-D array through a colormap, RGB(A) floats and uint8 as colours; read back.
out = os.path.join(here, "saved_image.png")
data = np.arange(12.0).reshape(3, 4)
for kwargs in [{}, {"cmap": "gray"}, {"cmap": "gray", "vmin": 2, "vmax": 8}, {"origin": "lower"},
               {"cmap": "jet", "vmin": 0, "vmax": 20}]:
    plt.imsave(out, data, **kwargs)
    back = plt.imread(out)
    print(kwargs, back.shape, back.dtype, (back * 255).round().astype(int).reshape(-1, 4).tolist())
with_nan = np.array([[0.0, np.nan], [1.0, 2.0]])
mpimg.imsave(out, with_nan)
print((plt.imread(out) * 255).round().astype(int).tolist())
rgb = np.linspace(0, 1, 24).reshape(2, 4, 3)
plt.imsave(out, rgb)
print(plt.imread(out).shape, (plt.imread(out) * 255).round().astype(int).reshape(-1).tolist())
rgba = (np.arange(32) * 8).astype(np.uint8).reshape(2, 4, 4)
plt.imsave(out, rgba)
print((plt.imread(out) * 255).round().astype(int).reshape(-1).tolist())
plt.imsave(out, np.float32(rgb))
print((plt.imread(out) * 255).round().astype(int).reshape(-1).tolist())
gray_u8 = np.array([[0, 100], [200, 255]], dtype=np.uint8)
plt.imsave(out, gray_u8, cmap="viridis")
print((plt.imread(out) * 255).round().astype(int).reshape(-1).tolist())

# Errors.
for call in [lambda: plt.imread(os.path.join(here, "no_such_image.png")),
             lambda: plt.imsave(out, np.zeros((2, 2, 5))),
             lambda: plt.imsave(out, rgb * 2),
             lambda: plt.imsave(out, data, origin="middle")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, str(e).replace(here + os.sep, ""))
with open(out, "w") as f:
    f.write("not an image")
try:
    plt.imread(out)
except SyntaxError as e:
    print("SyntaxError", e)
os.remove(out)
