# pie, fill, fill_betweenx, arrow and stem: return values, and matplotlib's errors.
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
for src in ["plt.arrow(0, 0, 1, 1, widht=3)", "plt.stem([1, 2], [1, 2], bogus=1)", "plt.fill([1, 2], [1])", "plt.stem()",
            "plt.fill_betweenx([1, 2], [1, 2], where=[True, False])", "plt.arrow(0, 0, 1, 1, shape='odd')", "print(plt.stem([1, 2, 3]))",
            "m, s, b = plt.stem([3, 4]); print(type(m).__name__, type(s).__name__, type(b).__name__)", 
"print(len(plt.fill([0, 1], [0, 1], 'r', [1, 2], [1, 2])))"]:
    try:
        exec(src)
        print('ok', src)
    except Exception as e:
        print(type(e).__name__, e)
    plt.close('all')
for src in ["w, t = plt.pie([1, 2]); print(len(w), len(t), type(w[0]).__name__, t[0].get_text() if hasattr(t[0], 'get_text') else '')",
            "w, t, a = plt.pie([1, 3], autopct='%.0f%%'); print(len(a))",
            "w, t, a = plt.pie([1, 3], autopct=lambda p: f'{p:.1f}'); print(len(a))",
            "plt.pie([1, -1])", "plt.pie([0, 0])", "plt.pie([1, 2], labels=['a'])", "plt.pie([0.2, 0.3], normalize=False)",
            "plt.pie([2, 3], normalize=False)", "plt.pie([1, 2], radius=-1)", "plt.pie([1], autopct=5)", "plt.pie([1, 2], bogus=3)",
            "print(plt.gca().get_xlim(), plt.gca().get_xticks()) if plt.pie([1, 2]) else 0"]:
    try:
        exec(src)
        print('ok', src[:30])
    except Exception as e:
        print(type(e).__name__, e)
    plt.close('all')
