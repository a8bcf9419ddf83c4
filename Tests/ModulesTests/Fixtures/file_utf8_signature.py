# open(..., encoding='utf-8-sig'): the byte order mark Excel puts before a CSV is skipped when
# read and written before the first text; f.encoding is the name given. (The fixture removes
# the file it writes.)
import os, csv
path = 'sig_test.csv'
with open(path, 'w', encoding='utf-8-sig', newline='') as f:
    print(f.encoding, repr(f)[:45])
    csv.writer(f).writerows([['name', 'score'], ['Kim', 90]])
print(open(path, 'rb').read())
with open(path, encoding='utf-8-sig') as f:
    print(f.read().splitlines())
with open(path, encoding='utf-8-sig') as f:
    print(next(csv.reader(f)), f.encoding)
with open(path, encoding='utf-8') as f:
    print(repr(f.readline()), f.encoding)
with open(path, 'a', encoding='utf-8-sig') as f:
    f.write('Lee,85\n')
print(open(path, 'rb').read())
with open(path, 'w', encoding='utf-8-sig') as f:
    pass
print(os.path.getsize(path))
with open(path, 'w', encoding='utf-8') as f:
    f.write('plain\n')
with open(path, encoding='utf-8-sig') as f:
    print(f.readlines())
os.remove(path)
