# Markers under a failing expression in a line with wide (CJK) characters: two columns,
# and two markers, for each, as CPython 3.11 lays them out.
日本 = 1
名前 = "値"; y = 日本 + 名前
