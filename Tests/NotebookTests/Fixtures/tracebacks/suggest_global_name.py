weights = [0.5, 0.25]
learning_rate = 0.1
print(learning_rat * 2)
