#!/usr/bin/env python3
"""Writes Sources/Modules/Generated/MatplotlibKeywords.swift: for each Axes drawing and
labelling method NumBook implements, the keywords matplotlib accepts and its words refusing
another (`Line2D.set() got an unexpected keyword argument 'lw2'`), so a misspelt keyword
fails as in matplotlib instead of being silently ignored.

What matplotlib accepts is probed, not guessed: every name from a broad universe (the
setters and aliases of every Artist class, the parameters of every Axes method, the names the
methods pop from their **kwargs in their source) is passed to the method, and a name is
accepted unless matplotlib answers with its refusal (another error, about the value, still
means the keyword is known).

Run: python3 scripts/gen-matplotlib-keywords.py"""
import inspect
import os
import re
import subprocess
import warnings

import matplotlib

matplotlib.use("svg")
import matplotlib.artist as martist
import matplotlib.axes
import matplotlib.figure
import matplotlib.pyplot as plt
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "Modules", "Generated", "MatplotlibKeywords.swift")
PROBE = "zz_probe"
# A call of each method that matplotlib accepts, to which the keyword under test is added.
SAMPLES = {
    "plot": ([1, 2], [1, 2]), "semilogy": ([1, 2], [1, 2]), "semilogx": ([1, 2], [1, 2]),
    "loglog": ([1, 2], [1, 2]), "scatter": ([1, 2], [1, 2]), "bar": ([1, 2], [1, 2]),
    "barh": ([1, 2], [1, 2]), "hist": ([1, 2, 3],), "imshow": (np.eye(2),),
    "contourf": (np.eye(3),), "contour": (np.eye(3),), "fill_between": ([1, 2], [1, 2]),
    "errorbar": ([1, 2], [1, 2]), "axhline": (0.5,), "axvline": (0.5,), "text": (0, 0, "s"),
    "annotate": ("a", (0, 0)), "quiver": ([1], [1], [1], [1]), "set_title": ("t",),
    "set_xlabel": ("x",), "set_ylabel": ("y",), "legend": (), "step": ([1, 2], [1, 2]),
    "hlines": (1, 0, 1), "vlines": (1, 0, 1), "axhspan": (0, 1), "axvspan": (0, 1),
    "pcolormesh": (np.eye(2),), "fill": ([0, 1, 1], [0, 0, 1]), "fill_betweenx": ([1, 2], [1, 2]),
    "arrow": (0, 0, 1, 1), "stem": ([1, 2], [1, 2]), "pie": ([1, 2],),
    "boxplot": ([1, 2, 3],), "bar_label": (plt.bar([1, 2], [1, 2]),),
}
# pyplot functions that are not just the current Axes' method of the same name (keyed
# `plt.NAME` in the table).
# (Only where the universe below holds all they take: savefig, colorbar, axis, xscale,
# tick_params and grid forward keywords to classes outside it, so they are not checked.)
PYPLOT_SAMPLES = {
    "figure": (), "subplots": (), "subplot": (1, 1, 1), "xticks": ([0, 1],),
    "yticks": ([0, 1],), "xlim": (0, 1), "ylim": (0, 1), "suptitle": ("s",),
    "tight_layout": (), "margins": (0.1,), "subplots_adjust": (), "stem": ([1, 2], [1, 2]),
    "pie": ([1, 2],), "boxplot": ([1, 2, 3],),
}
REFUSAL = re.compile(
    r"(got an unexpected keyword argument '|object has no property '|keyword (grid_)?)" + PROBE
    + r"('| is not recognized)")


def universe():
    names = set()
    stack = [martist.Artist]
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        try:
            inspector = martist.ArtistInspector(cls)
            names.update(inspector.get_setters())
            for aliases in inspector.aliasd.values():
                names.update(aliases)
        except Exception:
            pass
        try:
            names.update(inspect.signature(cls.__init__).parameters)
        except (TypeError, ValueError):
            pass
    members = inspect.getmembers(matplotlib.axes.Axes) + [
        (n, getattr(plt, n)) for n in PYPLOT_SAMPLES] + inspect.getmembers(matplotlib.figure.Figure)
    for name, member in members:
        if callable(member):
            try:
                names.update(inspect.signature(member).parameters)
                source = inspect.getsource(member)
            except (TypeError, ValueError, OSError):
                continue
            names.update(re.findall(r"kwargs\.(?:pop|get|setdefault)\(\s*['\"](\w+)['\"]", source))
            names.update(re.findall(r"kw\.(?:pop|get|setdefault)\(\s*['\"](\w+)['\"]", source))
            # Keyword names a method forwards by listing them (semilogy's 'base', 'subs').
            names.update(re.findall(r"['\"]([a-z_][a-z0-9_]*)['\"]", source))
    names.update(["self", "args", "kwargs", "kw"])
    return sorted(n for n in names if n.isidentifier() and n not in ("self", "args", "kwargs", "kw"))


def call(name, keyword, value):
    fig, ax = plt.subplots()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if name.startswith("plt."):
                function = name[4:]
                if function == "colorbar":
                    plt.imshow(np.eye(2))
                getattr(plt, function)(*PYPLOT_SAMPLES[function], **{keyword: value})
                return None
            if name == "legend":
                ax.plot([1], [1], label="a")
            getattr(ax, name)(*SAMPLES[name], **{keyword: value})
        return None
    except Exception as e:
        return e
    finally:
        plt.close("all")


def refusal(name):
    e = call(name, PROBE, 1)
    text = f"{e}"
    assert e is not None and REFUSAL.search(text), (name, text)
    return type(e).__name__, text.replace(PROBE, "{keyword}")


def accepted(name, candidates):
    """The candidates matplotlib does not refuse for some value (1 or None)."""
    def refused(keyword, value):
        e = call(name, keyword, value)
        if e is None:
            return False
        text = f"{e}".replace(f"'{keyword}'", f"'{PROBE}'")
        text = text.replace(f"keyword {keyword} is", f"keyword {PROBE} is")
        text = text.replace(f"keyword grid_{keyword} is", f"keyword grid_{PROBE} is")
        return REFUSAL.search(text) is not None
    return [k for k in candidates if not all(refused(k, v) for v in (1, None))]


def main():
    candidates = universe()
    lines = []
    for name in sorted(SAMPLES) + ["plt." + n for n in sorted(PYPLOT_SAMPLES)]:
        kind, words = refusal(name)
        names = accepted(name, candidates)
        quoted = ", ".join(f'"{n}"' for n in names)
        lines.append(
            f'    "{name}": MatplotlibKeywords(\n'
            f'      accepted: [{quoted}],\n'
            f'      error: "{kind}", refusal: "{words}"),\n')
        print(f"{name}: {len(names)} keywords")
    with open(OUT, "w") as out:
        out.write(
            f"// Generated by scripts/gen-matplotlib-keywords.py from matplotlib {matplotlib.__version__};"
            " do not edit.\n\n"
            "extension MatplotlibKeywords {\n"
            "  /// The keywords each Axes method takes, and matplotlib's refusal of another.\n"
            "  static let table: [String: MatplotlibKeywords] = [\n")
        out.writelines(lines)
        out.write("  ]\n}\n")
    subprocess.run(["swift", "format", "-i", OUT], check=True)


main()
