data = {"a": 1}
print(data["b"])
