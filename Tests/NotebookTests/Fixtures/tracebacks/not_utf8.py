# Not UTF-8: a Latin-1 byte in a string. CPython refuses the file.
print("café")
