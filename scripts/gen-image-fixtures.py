#!/usr/bin/env python3
"""PNG files for the image-reading fixture (Tests/ModulesTests/Fixtures/images): every PNG
colour type and bit depth, Adam7 interlacing and all five row filters, written by a small
encoder here (so each case is what the file format allows, not only what Pillow writes), plus
files Pillow writes itself. Deterministic: the same bytes on every run.

Run: python3 scripts/gen-image-fixtures.py   (then regenerate the fixture's golden)
"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Tests", "ModulesTests", "Fixtures", "images")

CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
ADAM7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
         (0, 1, 1, 2)]


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xffffffff)


def pack_row(samples, depth):
    if depth == 8:
        return bytes(samples)
    if depth == 16:
        return b"".join(struct.pack(">H", s) for s in samples)
    out, acc, bits = bytearray(), 0, 0
    for s in samples:
        acc = (acc << depth) | s
        bits += depth
        if bits == 8:
            out.append(acc)
            acc, bits = 0, 0
    if bits:
        out.append(acc << (8 - bits))
    return bytes(out)


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def filter_rows(rows, bpp, first_filter):
    """Each row under a different filter (0..4 in turn), as an encoder may choose."""
    out, prev = bytearray(), bytes(len(rows[0])) if rows else b""
    for r, row in enumerate(rows):
        kind = (first_filter + r) % 5
        out.append(kind)
        for i, x in enumerate(row):
            a = row[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            pred = [0, a, b, (a + b) // 2, paeth(a, b, c)][kind]
            out.append((x - pred) & 0xff)
        prev = row
    return bytes(out)


def png(width, height, color_type, depth, pixels, interlace=False, palette=None, trns=None):
    """pixels[y][x] is a tuple of samples."""
    ch = CHANNELS[color_type]
    bpp = max(1, ch * depth // 8)
    passes = ADAM7 if interlace else [(0, 0, 1, 1)]
    raw = b""
    for n, (x0, y0, dx, dy) in enumerate(passes):
        xs = list(range(x0, width, dx))
        ys = list(range(y0, height, dy))
        if not xs or not ys:
            continue
        rows = [pack_row([s for x in xs for s in pixels[y][x]], depth) for y in ys]
        raw += filter_rows(rows, bpp, n)
    data = b"\x89PNG\r\n\x1a\n"
    data += chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, depth, color_type, 0, 0,
                                       1 if interlace else 0))
    if palette:
        data += chunk(b"PLTE", b"".join(bytes(c) for c in palette))
    if trns:
        data += chunk(b"tRNS", bytes(trns))
    # Two IDAT chunks: readers must join them.
    packed = zlib.compress(raw, 9)
    half = len(packed) // 2
    data += chunk(b"IDAT", packed[:half]) + chunk(b"IDAT", packed[half:])
    data += chunk(b"tEXt", b"Comment\x00made by gen-image-fixtures.py")
    data += chunk(b"IEND", b"")
    return data


def pattern(width, height, ch, top):
    """Samples spread over 0...top (a large multiplier reaches the high byte of 16-bit ones)."""
    spread = 2741 if top > 255 else 1
    return [[tuple((x * 7 + y * 13 + c * 29 + x * y) * spread % (top + 1) for c in range(ch))
             for x in range(width)] for y in range(height)]


def main():
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        os.remove(os.path.join(OUT, old))
    files = {}
    w, h = 7, 5
    for depth in (1, 2, 4, 8, 16):
        files[f"gray{depth}.png"] = png(w, h, 0, depth, pattern(w, h, 1, 2 ** depth - 1))
    for ct, name in ((2, "rgb"), (4, "gray_alpha"), (6, "rgba")):
        for depth in (8, 16):
            files[f"{name}{depth}.png"] = png(w, h, ct, depth,
                                              pattern(w, h, CHANNELS[ct], 2 ** depth - 1))
    for depth in (1, 2, 4, 8):
        colors = 2 ** depth
        palette = [((i * 53) % 256, (i * 101) % 256, (i * 197) % 256) for i in range(colors)]
        trns = [255 - 40 * i for i in range(min(colors, 3))] if depth >= 2 else None
        files[f"palette{depth}.png"] = png(w, h, 3, depth, pattern(w, h, 1, colors - 1),
                                           palette=palette, trns=trns)
    files["rgb8_interlaced.png"] = png(11, 9, 2, 8, pattern(11, 9, 3, 255), interlace=True)
    files["gray4_interlaced.png"] = png(3, 2, 0, 4, pattern(3, 2, 1, 15), interlace=True)
    files["rgba16_interlaced.png"] = png(9, 10, 6, 16, pattern(9, 10, 4, 65535), interlace=True)
    files["one_pixel.png"] = png(1, 1, 6, 8, [[(10, 20, 30, 40)]], interlace=True)
    for name, data in files.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
    # And as Pillow writes them (its own filters and compression).
    from PIL import Image
    img = Image.new("RGB", (6, 4))
    img.putdata([((i * 37) % 256, (i * 91) % 256, (i * 13) % 256) for i in range(24)])
    img.save(os.path.join(OUT, "pillow_rgb.png"))
    img.convert("L").save(os.path.join(OUT, "pillow_gray.png"))
    img.convert("P").save(os.path.join(OUT, "pillow_palette.png"))
    print(f"wrote {len(files) + 3} files to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
