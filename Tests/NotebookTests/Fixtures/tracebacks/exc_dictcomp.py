data = {"a": "1", "b": "two"}
parsed = {k: int(v) for k, v in data.items()}
