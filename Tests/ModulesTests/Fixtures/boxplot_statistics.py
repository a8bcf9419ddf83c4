# boxplot: the lines it returns (box, whiskers, caps, median, fliers) and their data, the
# axis it sets up.
import numpy as np
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
np.random.seed(0)
d = [np.random.randn(30), np.random.randn(31) * 2 + 1, [1, 1, 1, 1]]
r = plt.boxplot(d)
print(sorted(r.keys()), [len(v) for k, v in sorted(r.items())])
for k in ['boxes', 'medians', 'whiskers', 'caps', 'fliers']:
    for line in r[k]:
        print(k, np.round(np.asarray(line.get_xdata(), float), 6), np.round(np.asarray(line.get_ydata(), float), 6))
print(plt.gca().get_xlim(), plt.gca().get_xticks(), [t.get_text() for t in plt.gca().get_xticklabels()])
plt.figure()
r = plt.boxplot(np.arange(20.0).reshape(10, 2), whis=(10, 90), positions=[3, 7], widths=0.8)
print([np.round(l.get_ydata(), 6) for l in r['whiskers']], plt.gca().get_xlim(), r['boxes'][0].get_xdata())
