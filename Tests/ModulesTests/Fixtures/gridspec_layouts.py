# GridSpec and SubplotSpec (reprs, spans, ratios, errors), fig.add_gridspec, plt.subplot2grid
# and subplots with width/height ratios (gridspec_kw and the keywords).
import numpy as np
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
import matplotlib.gridspec as gridspec
gs = gridspec.GridSpec(2, 3, width_ratios=[3, 1, 1])
print(repr(gs), repr(gs[0, :]), repr(gs[1, 1:]), repr(gs[4]), gs[0, :].rowspan, gs[0, :].colspan)
fig = plt.figure()
g2 = fig.add_gridspec(2, 2, hspace=0.5)
print(repr(g2), g2.nrows, g2.ncols, g2.get_geometry())
ax = fig.add_subplot(g2[0, :])
ax2 = fig.add_subplot(g2[1, 0])
ax3 = plt.subplot2grid((3, 3), (1, 0), colspan=2, rowspan=2)
for s in ['gs[5, 0]', 'gs[0, 0:0]', 'gridspec.GridSpec(0, 2)', 'gridspec.GridSpec(2, 2, width_ratios=[1])']:
    try:
        eval(s)
    except Exception as e:
        print(type(e).__name__, e)
fig, axes = plt.subplots(1, 2, gridspec_kw={'width_ratios': [3, 1], 'wspace': 0.4})
fig, axes = plt.subplots(2, 1, height_ratios=[1, 2])
print(len(axes))
