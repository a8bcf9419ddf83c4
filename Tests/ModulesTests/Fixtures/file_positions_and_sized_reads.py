# Sized reads, seek and tell, readable/writable/seekable, encoding, and CPython's refusals
# of reads on a file opened for writing and of relative seeks in text mode.
import io
with open('file_positions_probe.txt', 'w') as f:
    f.write('héllo\nwörld\r\nend')
    print(f.tell(), f.readable(), f.writable(), f.seekable(), f.encoding)
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation', e)
with open('file_positions_probe.txt') as f:
    print(repr(f.read(0)), repr(f.read(3)), f.tell(), repr(f.read(4)), repr(f.read(-1)))
    print(f.seek(0), repr(f.read(None)), f.tell())
    print(f.seek(0, 2), repr(f.read()), f.seek(0, 1))
    for whence in (1, 2):
        try:
            f.seek(1, whence)
        except io.UnsupportedOperation as e:
            print('UnsupportedOperation', e)
    try:
        f.seek(0, 5)
    except ValueError as e:
        print('ValueError', e)
    try:
        f.seek(-1)
    except ValueError as e:
        print('ValueError', e)
    f.seek(0)
    print(repr(f.readline()), f.readable(), f.writable())
with open('file_positions_probe.bin', 'wb') as f:
    f.write(bytes(range(10)))
with open('file_positions_probe.bin', 'rb') as f:
    print(f.read(3), f.tell(), f.seek(-2, 2), f.read(), f.seek(1, 0), f.seek(2, 1), f.read(2))
    print(f.read(0), f.read(100), f.read())
with open('file_positions_probe.txt', 'r+') as f:
    f.seek(0, 2)
    f.write('!')
    f.seek(0)
    print(repr(f.read()))
f = open('file_positions_probe.txt')
f.close()
for action in [f.tell, f.readable]:
    try:
        action()
    except ValueError as e:
        print('ValueError', e)
import os
os.remove('file_positions_probe.txt')
os.remove('file_positions_probe.bin')
