#!/usr/bin/env python3
"""Draws the reference figures with real matplotlib: every Tests/ModulesTests/Figures/NAME.py
is run as it is (the same program NumBook runs) and its current figure saved as
Figures/ref/NAME.svg, with text as <text> (svg.fonttype 'none'), a fixed hash salt and no
date, so the files are stable. Run: python3 scripts/gen-plot-refs.py [NAME ...]"""
import json
import os
import re
import sys

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIGURES = os.path.join(ROOT, "Tests", "ModulesTests", "Figures")


def draw(name):
    path = os.path.join(FIGURES, name + ".py")
    with open(path) as f:
        source = f.read()
    with plt.rc_context({"svg.fonttype": "none", "svg.hashsalt": "numbook"}):
        exec(compile(source, path, "exec"), {"__name__": "__main__"})
        out = os.path.join(FIGURES, "ref", name + ".svg")
        plt.savefig(out, format="svg", metadata={"Date": None})
        with open(os.path.join(FIGURES, "ref", name + ".json"), "w") as f:
            json.dump(summaries(plt.gcf()), f, indent=1)
        plt.close("all")
    print("wrote", os.path.relpath(out, ROOT))


def label(text):
    """Mathtext tick labels as NumBook's summaries spell them: 10^-1, 2×10^3."""
    m = re.fullmatch(r"\$\\mathdefault\{(?:(\d+)\\times)?10\^\{(.*)\}\}\$", text)
    if not m:
        return text
    return (m.group(1) + "\u00d7" if m.group(1) else "") + "10^" + m.group(2).replace("-", "\u2212")


def summaries(fig):
    """Per axes: its box in SVG points, view limits, and the labels of the visible ticks."""
    W, H = fig.get_size_inches() * 72
    out = []
    for ax in fig.axes:
        p = ax.get_position()
        entry = {"box": [p.x0 * W, (1 - p.y1) * H, p.width * W, p.height * H],
                 "xlim": [float(v) for v in ax.get_xlim()], "ylim": [float(v) for v in ax.get_ylim()]}
        for name, axis in (("x", ax.xaxis), ("y", ax.yaxis)):
            lo, hi = sorted(axis.get_view_interval())
            eps = 1e-10 * (hi - lo)
            labels = []
            for t in axis.get_major_ticks():
                text = t.label1 if t.label1.get_visible() else t.label2
                if (ax.axison and t.get_loc() is not None and lo - eps <= t.get_loc() <= hi + eps
                        and text.get_visible() and text.get_text()):
                    labels.append(label(text.get_text()))
            entry[name + "ticks"] = labels
        out.append(entry)
    return out


if __name__ == "__main__":
    os.makedirs(os.path.join(FIGURES, "ref"), exist_ok=True)
    names = sys.argv[1:] or sorted(n[:-3] for n in os.listdir(FIGURES) if n.endswith(".py"))
    for name in names:
        draw(name)
