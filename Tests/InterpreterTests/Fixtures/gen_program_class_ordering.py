# Generated: class ordering.
class Card:
    order = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __lt__(self, other):
        return Card.order.index(self.rank) < Card.order.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit
hand = [Card(r, s) for r, s in zip("KA29T", "shdcs")]
print(sorted(hand), max(hand), min(hand), sorted(hand, reverse=True)[:2])
print(hand[0] < hand[1], hand[1] > hand[0])
try:
    print(hand[0] <= hand[1])
except TypeError as e:
    print("TypeError:", e)
