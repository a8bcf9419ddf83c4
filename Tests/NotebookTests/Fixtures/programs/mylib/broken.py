print("broken starts")
value = 1 / 0
