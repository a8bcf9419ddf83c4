# Bad TeX in a label: the error comes when the figure is drawn, as matplotlib's ValueError.
import matplotlib.pyplot as plt

for text in [r'$\foo$', r'$x^{2$', r'$\frac{1}$', r'$a_1_2$', r'$x^2^3$', r'$\sqrt$']:
    fig, ax = plt.subplots()
    ax.set_title(text)
    try:
        fig.savefig('/tmp/numbook_mathtext_errors.svg')
    except ValueError as e:
        print('ValueError:', str(e).strip())
    plt.close(fig)

# Dollars that do not pair up are plain text; escaped ones too.
fig, ax = plt.subplots()
ax.set_xlabel('cost in $')
ax.set_ylabel(r'price \$5 and \$6')
fig.savefig('/tmp/numbook_mathtext_errors.svg')
print(ax.get_xlabel(), '|', ax.get_ylabel())

# Labels with math measure as matplotlib measures them.
fig, ax = plt.subplots()
t = ax.set_title(r'$\sigma(x) = \frac{1}{1 + e^{-x}}$')
ax.set_ylabel(r'$\hat{y}$', rotation=0, labelpad=12.5)
print(ax.get_ylabel(), ax.get_title(), ax.yaxis.labelpad)
