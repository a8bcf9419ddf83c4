#!/usr/bin/env python3
"""Writes Tests/PlotKitTests/Fixtures/mathtext.json: real matplotlib's mathtext layout of a
corpus of texts (the glyphs, each with its font, code point, size and place, and the rules),
at several sizes, as its SVG writer gets them (72 dpi, no hinting). NumBook's MathLayout must
place every glyph and rule within 0.01 pt. Run: python3 scripts/gen-mathtext-goldens.py"""
import json
import os

import matplotlib

matplotlib.use("svg")
from matplotlib.font_manager import FontProperties  # noqa: E402
from matplotlib.mathtext import MathTextParser  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "PlotKitTests", "Fixtures", "mathtext.json")

TEXTS = [
    r"$x$", r"$x_1$ and $\alpha^2$", r"$\sigma(x) = \frac{1}{1+e^{-x}}$", r"$y = w x + b$",
    r"$\sqrt{x}$", r"$\sqrt{x_1^2 + x_2^2}$", r"$\sqrt[3]{8}$", r"$(x)$", r"$\left(x\right)$",
    r"$\left(\frac{a}{b}\right)$", r"$\left[\frac{a}{b}\right]$", r"$\left\{ \frac{1}{2} \right.$",
    r"$f'(x)$", r"$f''(x)$", r"$\hat{y}$", r"$\bar{x}$", r"$\vec{v}$", r"$\tilde{x}$", r"$\dot{x}$",
    r"$\sum_{i=1}^n x_i$", r"$\prod_{k} a_k$", r"$\int_0^1 f(x)\,dx$", r"$\partial L / \partial w$",
    r"$\nabla f$", r"$x^2 + y^2 = r^2$", r"$e^{i\pi} + 1 = 0$", r"$\mathrm{loss}$ vs $\mathbf{W}$",
    r"$\sin(x)$ and $\log_{10} x$", r"$\lim_{x \to 0} \frac{\sin x}{x}$", r"$\max_{i} x_i$",
    r"$\dfrac{a}{b}$", r"$\alpha, \beta, \gamma$", r"$3.14$", r"$-x$", r"$a - b$", r"$=-2$",
    r"$\Delta x \times \Omega$", r"$\mu \pm \sigma$", r"$a_{ij}^{(k)}$", r"$x_i^2$",
    r"$\theta_0 := \theta_0 - \eta \frac{\partial J}{\partial \theta_0}$",
    r"$\leq \geq \neq \approx$", r"$\mathit{it}\ \mathtt{tt}$", r"$\hat{\theta}$",
    r"$\sqrt{\frac{1}{2}}$", r"$\binom{n}{k}$", r"$10^{-3}$", r"$\overline{xy}$",
    r"$\underline{x}$", r"$a \cdot b$", r"$\text{if } x > 0$", r"price in \$: $p_t$",
    r"$\operatorname{ReLU}(x)$", r"$x\quad y\;z\!w$", r"$\infty \rightarrow \Rightarrow$",
    r"$\hbar \ell \forall \exists$", r"$\mathbf{x}^T \mathbf{W}$", r"$\boldsymbol{\beta}$",
    r"$y_{\mathrm{pred}}$", r"$\frac{\partial^2 f}{\partial x^2}$", r"$\|x\|_2$", r"$|x|$",
    r"$x \in S$", r"$\langle x, y \rangle$", r"$\lfloor x \rfloor$",
    r"$a_1, a_2, \ldots, a_n$", r"$\cdots$", r"$50\%$", r"$\{1, 2\}$", r"$\overset{!}{=}$",
    r"$\exp(-\frac{x^2}{2\sigma^2})$", r"$\mathrm{AV}\ \mathrm{Te}$", r"caf" + "\u00e9 $x$",
    r"$\phantom{x}y$", r"$x_{i_1}$", r"$2^{2^{2^2}}$", r"$\frac{1}{\frac{1}{x}+1}$",
    r"$\mathcal{L}(\theta)$", r"$x \in \mathbb{R}^n$", r"$\mathfrak{g}$ $\mathscr{F}$",
    r"$\mathcal{N}(\mu, \sigma^2)$", r"$\mathbb{E}[X]$", r"$\mathcal{abc}$",
]
SIZES = [10, 12, 8, 14.4]

FONTS = {("DejaVu Sans", "Book"): "rm", ("DejaVu Sans", "Oblique"): "it",
         ("DejaVu Sans", "Bold"): "bf", ("DejaVu Sans", "Bold Oblique"): "bfit",
         ("DejaVu Sans Mono", "Book"): "tt", ("DejaVu Sans Display", "Book"): "ex",
         ("DejaVu Sans Display", "Display"): "ex", ("cmsy10", "Regular"): "cmsy",
         ("STIXSizeOneSym", "Regular"): "1", ("STIXSizeTwoSym", "Regular"): "2",
         ("STIXSizeThreeSym", "Regular"): "3", ("STIXSizeFourSym", "Regular"): "4",
         ("STIXSizeFiveSym", "Regular"): "5"}
VIRTUAL = {"cal", "bb", "frak", "scr"}


def virtual_letters():
    """(family, style, glyph code) -> the letter asked for, per \\mathcal-like font."""
    from matplotlib import _mathtext
    from matplotlib.ft2font import LoadFlags
    fontset = _mathtext.DejaVuSansFonts(FontProperties(), LoadFlags.NO_HINTING)
    table = {}
    for key in VIRTUAL:
        for c in [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0x30, 0x3A)]:
            font, num, _ = fontset._get_glyph(key, "normal", chr(c))
            table.setdefault(key, {})[(font.family_name, font.style_name, num)] = c
    return table


def main():
    parser = MathTextParser("path")
    letters = virtual_letters()
    cases = []
    for i, text in enumerate(TEXTS):
        size = SIZES[i % len(SIZES)]
        p = parser.parse(text, 72, FontProperties(size=size))
        glyphs = []
        for font, fs, code, _, x, y in p.glyphs:
            table = FONTS.get((font.family_name, font.style_name))
            for key in sorted(VIRTUAL):
                if "\\math" + key + "{" in text and (font.family_name, font.style_name, code) in letters[key]:
                    table, code = key, letters[key][(font.family_name, font.style_name, code)]
                    break
            glyphs.append([table, code, round(float(fs), 6), round(float(x), 6), round(float(y), 6)])
        rects = [[round(float(v), 6) for v in r] for r in p.rects]
        cases.append({"text": text, "size": size, "width": float(p.width), "height": float(p.height),
                      "depth": float(p.depth), "glyphs": glyphs, "rects": rects})
    with open(OUT, "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(c, ensure_ascii=False) for c in cases) + "\n]\n")
    print("wrote", os.path.relpath(OUT, ROOT), len(cases), "texts")


main()
