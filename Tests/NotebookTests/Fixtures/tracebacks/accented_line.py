# A line with accented letters before the failing expression: the markers stand under its
# characters, not its UTF-8 bytes.
café = "crème"; total = café + 1
