# plt.subplot2grid spans and subplots(width_ratios=...) in a second figure layout: the axes
# sizes follow the ratios (matplotlib's GridSpec.get_grid_positions).
import numpy as np
import matplotlib.pyplot as plt

plt.figure(figsize=(7, 5))
a1 = plt.subplot2grid((3, 3), (0, 0), colspan=3)
a1.plot([1, 3, 2])
a2 = plt.subplot2grid((3, 3), (1, 0), colspan=2)
a2.bar(['a', 'b'], [2, 3])
a3 = plt.subplot2grid((3, 3), (1, 2), rowspan=2)
a3.plot([3, 1], 'r--')
a4 = plt.subplot2grid((3, 3), (2, 0))
a5 = plt.subplot2grid((3, 3), (2, 1))
a5.set_title('small')
