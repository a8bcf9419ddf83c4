def area(w, h):
    return w * h

sizes = [area(2, 3), area(4 5)]
print(sizes)
