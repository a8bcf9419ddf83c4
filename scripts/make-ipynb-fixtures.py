#!/usr/bin/env python3
"""Writes the course-style .ipynb fixtures (nbformat 4) that nb must run unchanged.

Usage: python3 scripts/make-ipynb-fixtures.py   (needs nbformat)
"""
import os
import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "NotebookTests", "Fixtures", "ipynb")

NOTEBOOKS = {
    # Values Jupyter shows through IPython's pretty printer: long containers break per item.
    "display": [
        new_markdown_cell("# How cell values are shown"),
        new_code_cell("list(range(30))"),
        new_code_cell("{'a': list(range(20)), 'b': (1, 2)}"),
        new_code_cell("import numpy as np\n[np.array([[1, 2], [3, 4]]), (5,)]"),
        new_code_cell("[[i * 1.5 for i in range(10)] for j in range(4)]"),
        new_code_cell("{3, 1, 2}"),
        new_code_cell("{'name': 'x' * 30, 'values': [0.1 * i for i in range(12)], "
                      "'nested': {'k': [1, 2, 3] * 8}}"),
        new_code_cell("np.zeros((2, 3)), np.arange(4), 'a string'"),
        new_code_cell("x = [1]\nx.append(x)\nx"),
        new_code_cell("(1,)"),
        new_code_cell("[]"),
        new_code_cell("def f(x, y=2, *args, z=None, **kw):\n    pass\n\n"
                      "class A:\n    def m(self, q):\n        pass\n\nf"),
        new_code_cell("A.m"),
        new_code_cell("[f, A, int]"),
    ],
    "linear_regression": [
        new_markdown_cell("# Linear regression\nTrained with a numerical derivative."),
        new_code_cell("%matplotlib inline\nimport numpy as np\nimport matplotlib.pyplot as plt"),
        new_code_cell("x_data = np.array([1, 2, 3, 4, 5]).reshape(5, 1)\n"
                      "t_data = np.array([2, 3, 4, 5, 6]).reshape(5, 1)\n"
                      "W = np.array([[0.5]])\nb = np.array([0.3])\nx_data.shape, t_data.shape"),
        new_code_cell("def loss_func(x, t):\n    y = np.dot(x, W) + b\n    return np.sum((t - y) ** 2) / len(x)\n\n"
                      "def numerical_derivative(f, x):\n    delta_x = 1e-4\n    grad = np.zeros_like(x)\n"
                      "    it = np.nditer(x, flags=['multi_index'], op_flags=['readwrite'])\n"
                      "    while not it.finished:\n        idx = it.multi_index\n        tmp_val = x[idx]\n"
                      "        x[idx] = float(tmp_val) + delta_x\n        fx1 = f(x)\n"
                      "        x[idx] = tmp_val - delta_x\n        fx2 = f(x)\n"
                      "        grad[idx] = (fx1 - fx2) / (2 * delta_x)\n        x[idx] = tmp_val\n"
                      "        it.iternext()\n    return grad\n\nloss_func(x_data, t_data)"),
        new_code_cell("learning_rate = 1e-2\nf = lambda x: loss_func(x_data, t_data)\nlosses = []\n"
                      "for step in range(2001):\n    W -= learning_rate * numerical_derivative(f, W)\n"
                      "    b -= learning_rate * numerical_derivative(f, b)\n"
                      "    if step % 400 == 0:\n        losses.append(loss_func(x_data, t_data))\n"
                      "        print('step', step, 'loss', round(float(losses[-1]), 6))"),
        new_code_cell("plt.plot(losses)\nplt.title('loss')\nnp.round(W, 4), np.round(b, 4)"),
    ],
    "logic_gate": [
        new_markdown_cell("## AND gate\nA single sigmoid unit."),
        new_code_cell("import numpy as np\n\ndef sigmoid(z):\n    return 1 / (1 + np.exp(-z))"),
        new_code_cell("x = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])\nt = np.array([0, 0, 0, 1]).reshape(4, 1)\n"
                      "np.random.seed(0)\nW = np.random.rand(2, 1)\nb = np.random.rand(1)\nW"),
        new_code_cell("for epoch in range(3000):\n    y = sigmoid(x @ W + b)\n    grad = y - t\n"
                      "    W -= 0.5 * x.T @ grad / 4\n    b -= 0.5 * grad.mean()\n"
                      "predicted = (sigmoid(x @ W + b) > 0.5).astype(int)\npredicted.ravel()"),
        new_code_cell("accuracy = (predicted == t).mean()\nprint(f'accuracy: {accuracy:.2f}')\naccuracy;"),
    ],
    # IPython's magics and shell escapes as course notebooks use them (timings are
    # compared with their numbers masked: scripts/gen-goldens.py runs IPython's own shell).
    "magics": [
        new_code_cell("%matplotlib inline\n%load_ext autoreload\n%autoreload 2\n"
                      "import numpy as np\nx = np.arange(3)\nx"),
        new_code_cell("%time total = sum(range(1000))\ntotal"),
        new_code_cell("%%time\nsquares = [i * i for i in range(100)]\nprint(len(squares))\n"
                      "squares[-1]"),
        new_code_cell("%timeit -n 3 -r 2 sum(range(100))"),
        new_code_cell("%%timeit -n 2 -r 1 xs = list(range(50))\nsorted(xs, reverse=True)"),
        new_code_cell("result = %timeit -o -q -n 1 -r 3 sum(range(10))\n"
                      "result.loops, result.repeat, len(result.all_runs)"),
        new_code_cell("_ * 2, _3"),
        new_code_cell("!echo hello from the shell\nname = 'course'\n!echo {name.upper()} $name $$HOME"),
        new_code_cell("lines = !printf 'a\\nb\\n'\nlines"),
        new_code_cell("%%writefile magic_demo.py\ndef twice(v):\n    return 2 * v\n"),
        new_code_cell("%run magic_demo.py\nprint(twice(21))\nimport os\nos.remove('magic_demo.py')"),
        new_code_cell("%who"),
        new_code_cell("%who int\n%who_ls str"),
        new_code_cell("%env NB_MAGIC_DEMO=on\n%env NB_MAGIC_DEMO"),
        new_code_cell("def trained():\n    for step in range(2):\n        %time step * 2\n"
                      "    return 'done'\ntrained()"),
        new_code_cell("%%capture captured\nprint('hidden while training')\nresult_value = 42"),
        new_code_cell("captured.stdout"),
        new_code_cell("%%bash\necho from bash\nexpr 6 \\* 7"),
        new_code_cell("from IPython.display import display, HTML, Markdown\n"
                      "display(3, [1, 2], HTML('<b>bold</b>'), Markdown('*it*'))\n"
                      "callable(get_ipython().run_line_magic)"),
        new_code_cell("w = np.zeros((3, 4))\nbig = np.ones(20000)\nmapping = {'a': 1}\n"
                      "long_text = 'ab' * 40\nratio = 2.5\n%whos ndarray dict str float int"),
        new_code_cell("%reset -f\n%who"),
    ],
    "numpy_tour": [
        new_markdown_cell("# A numpy tour\nShapes, broadcasting and reductions."),
        new_code_cell("import numpy as np\na = np.arange(12).reshape(3, 4)\na"),
        new_code_cell("a.sum(axis=0), a.mean(axis=1), a.T @ a"),
        new_code_cell("b = a / a.max()\nprint(b.round(3))\nb[1:, ::2]"),
        new_code_cell("mask = a % 3 == 0\na[mask], np.where(mask, a, -1)"),
        new_code_cell("None"),
        new_code_cell("import matplotlib.pyplot as plt\nplt.plot(a[0], a[1], 'ro-')\nplt.show()\n'done'"),
    ],
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, cells in NOTEBOOKS.items():
        nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
        for i, cell in enumerate(nb.cells):
            cell["id"] = f"{name}-{i}"
        with open(os.path.join(OUT, name + ".ipynb"), "w") as f:
            nbformat.write(nb, f)


if __name__ == "__main__":
    main()
