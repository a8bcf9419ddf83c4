# plt.rcParams: matplotlib's defaults; figure.figsize sizes new figures.
import matplotlib.pyplot as plt
plt.rcParams["figure.figsize"] = (8, 3)
fig = plt.figure()
print(fig.get_size_inches())
plt.rcParams["figure.figsize"] = [5.5, 2]
print(plt.figure().get_size_inches(), plt.figure(figsize=(2, 2)).get_size_inches())
print(plt.rcParams["lines.linewidth"], plt.rcParams["legend.loc"])
