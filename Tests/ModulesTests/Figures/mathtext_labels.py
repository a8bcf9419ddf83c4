import numpy as np
import matplotlib.pyplot as plt

x = np.linspace(-6, 6, 200)
fig, axes = plt.subplots(1, 2, figsize=(10, 4))
ax = axes[0]
ax.plot(x, 1 / (1 + np.exp(-x)), label=r'$\sigma(x) = \frac{1}{1 + e^{-x}}$')
ax.plot(x, np.tanh(x), label=r'$\tanh(x)$')
ax.plot(x, np.maximum(0, x) / 6, label=r'$\mathrm{ReLU}(x) / 6$')
ax.set_title(r'Activations $f(x)$')
ax.set_xlabel(r'$x$')
ax.set_ylabel(r'$f(x)$')
ax.legend(loc='upper left')
ax.text(1.5, -0.6, r'$\sqrt{x_1^2 + x_2^2}$', fontsize=12)

ax = axes[1]
w = np.linspace(-2, 4, 100)
ax.plot(w, (w - 1) ** 2, 'C3', label=r'$L(w) = (w - 1)^2$')
ax.annotate(r'$\frac{\partial L}{\partial w} = 0$', xy=(1, 0), xytext=(1.8, 4),
            arrowprops=dict(arrowstyle='->'))
ax.set_title(r'$\eta_t = \eta_0 / \sqrt{t},\ \alpha \leq 0.1$')
ax.set_xlabel(r'weight $w_1$ ($\times 10^{-3}$)')
ax.set_ylabel(r'loss $\hat{y}$ vs $\bar{y}$', color='C0')
ax.legend(title=r'$\lambda = 0$')
plt.tight_layout()
