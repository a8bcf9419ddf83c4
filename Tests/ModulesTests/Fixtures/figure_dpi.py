# A figure's dpi (plt.figure(dpi=), plt.subplots(dpi=), get_dpi/set_dpi, rcParams) and the pixel
# size of savefig's PNG (dpi=, 'figure', savefig.dpi; set_dpi does not change it).
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import os, tempfile
fig = plt.figure(); print(fig.dpi, fig.get_dpi())
fig2, ax = plt.subplots(figsize=(2, 1), dpi=150); print(fig2.dpi)
ax.plot([1, 2])
d = tempfile.mkdtemp()
def png_size(path):
    with open(path, 'rb') as f:
        head = f.read(24)
    return int.from_bytes(head[16:20], 'big'), int.from_bytes(head[20:24], 'big')
fig2.savefig(os.path.join(d, 'a.png')); print(png_size(os.path.join(d, 'a.png')))
fig2.savefig(os.path.join(d, 'b.png'), dpi=50); print(png_size(os.path.join(d, 'b.png')))
fig2.savefig(os.path.join(d, 'c.png'), dpi='figure'); print(png_size(os.path.join(d, 'c.png')))
fig2.set_dpi(80); print(fig2.get_dpi()); fig2.savefig(os.path.join(d, 'e.png')); print(png_size(os.path.join(d, 'e.png')))
plt.rcParams['savefig.dpi'] = 60
fig2.savefig(os.path.join(d, 'f.png')); print(png_size(os.path.join(d, 'f.png')))
plt.rcParams['figure.dpi'] = 120
print(plt.figure().dpi)
import shutil; shutil.rmtree(d)
