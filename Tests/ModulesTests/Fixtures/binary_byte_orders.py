# Binary data as file formats store it: np.frombuffer and np.fromfile with numpy's byte-order
# prefixes (MNIST's IDX header is big-endian int32), paths and open files, counts and offsets.
import os
import struct

import numpy as np

header = struct.pack('>IIII', 2051, 3, 2, 2)
pixels = bytes(range(12))
with open('idx.bin', 'wb') as f:
    f.write(header + pixels)
with open('idx.bin', 'rb') as f:
    data = f.read()
print(np.frombuffer(data, dtype='>i4', count=4))
magic, n, rows, cols = np.frombuffer(data, dtype='>i4', count=4)
print(int(magic), int(n), int(rows), int(cols))
images = np.frombuffer(data, dtype=np.uint8, offset=16).reshape(n, rows * cols)
print(images, images.dtype)
print(np.frombuffer(data, '<i4', 2), np.frombuffer(data, dtype='=i4', count=1))
print(np.frombuffer(bytearray(data), dtype='|u1', count=3))

print(np.fromfile('idx.bin', dtype='>i4', count=4))
print(np.fromfile('idx.bin', dtype=np.uint8, offset=16))
with open('idx.bin', 'rb') as f:
    head = np.fromfile(f, dtype='>i4', count=4)
    print(head, f.tell())
    print(np.fromfile(f, dtype=np.uint8, count=5), f.tell())
    print(np.fromfile(f, dtype=np.uint8))
# Fewer elements than asked for, and a partial last one, are left out.
print(np.fromfile('idx.bin', dtype='<f8', count=100).shape, np.fromfile('idx.bin', '<i8').shape)

with open('floats.bin', 'wb') as f:
    f.write(struct.pack('>3d', 1.5, -2.25, 1e300) + struct.pack('<2f', 0.5, 3.0))
print(np.fromfile('floats.bin', dtype='>f8', count=3))
print(np.fromfile('floats.bin', dtype='<f4', offset=24))
print(np.frombuffer(struct.pack('>2q', -1, 2 ** 40), dtype='>i8'))

print(np.zeros(2, dtype='<f8'), np.ones(2, dtype='|u1').dtype, np.dtype('<i4'), np.dtype('=f4'))
print(np.arange(3).astype('<f8'))
for call in (lambda: np.frombuffer(data, dtype='>i4', count=9),
             lambda: np.frombuffer(data[:6], dtype='>i4'),
             lambda: np.frombuffer(data, dtype='>i4', count=2 ** 62),
             lambda: np.fromfile('idx.bin', dtype='>i4', count=2 ** 62),
             lambda: np.fromfile('idx.bin', dtype='i4', count=2 ** 40),
             lambda: np.frombuffer(data, dtype='>i4', count=2 ** 40),
             lambda: np.fromfile('missing.bin')):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
os.remove('idx.bin')
os.remove('floats.bin')
