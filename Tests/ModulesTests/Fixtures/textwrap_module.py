# textwrap against CPython: wrap/fill widths, hyphens and em-dashes, long words, indents, max_lines, shorten, dedent, indent.
import textwrap
s = "The quick brown fox jumps over the lazy dog; a well-known pangram used by type-setters and self-styled font-designers since the nineteenth century. Supercalifragilisticexpialidocious words get broken."
for w in (10, 15, 20, 33, 40, 70):
    print(textwrap.wrap(s, w))
print(textwrap.fill(s, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("  leading   spaces\tand\ttabs\nnewline  ", 12))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap(s, 25, break_long_words=False))
print(textwrap.wrap(s, 25, break_on_hyphens=False))
print(textwrap.wrap("a-b-c-d e--f well--known x-1 1-x re-enter", 6))
print(textwrap.shorten(s, 40), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello world", 11))
print(textwrap.wrap(s, 30, max_lines=3))
print(repr(textwrap.dedent("""
    def f():
        return 1

      odd
    """)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   x\n    y\n  \n")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n b", "+", lambda l: True)))
print(textwrap.wrap("supercalifragilistic-expialidocious", 10))
print(textwrap.wrap("x--y a---b c-- --d e-f-g-h ab-cd-e well-known-thing state-of-the-art", 5))
print(textwrap.wrap("x--y a---b c-- --d e-f-g-h ab-cd-e well-known-thing state-of-the-art", 9))
