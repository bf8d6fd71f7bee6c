# An inventory with a custom container class, sorting and grouping.
class Item:
    __slots__ = ("name", "category", "price", "qty")

    def __init__(self, name, category, price, qty):
        self.name = name
        self.category = category
        self.price = price
        self.qty = qty

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"{self.name}x{self.qty}"


class Inventory:
    def __init__(self, items=()):
        self._items = {}
        for item in items:
            self.add(item)

    def add(self, item):
        if item.name in self._items:
            self._items[item.name].qty += item.qty
        else:
            self._items[item.name] = item

    def __len__(self):
        return len(self._items)

    def __contains__(self, name):
        return name in self._items

    def __getitem__(self, name):
        return self._items[name]

    def __iter__(self):
        return iter(self._items.values())

    def by_category(self):
        groups = {}
        for item in self:
            groups.setdefault(item.category, []).append(item)
        return groups

    def cheapest(self, n=2):
        return sorted(self, key=lambda i: (i.price, i.name))[:n]


inv = Inventory([
    Item("apple", "fruit", 3, 10),
    Item("kale", "veg", 5, 2),
    Item("pear", "fruit", 4, 3),
    Item("apple", "fruit", 3, 5),
    Item("leek", "veg", 2, 7),
])
print(len(inv), "apple" in inv, "plum" in inv, inv["apple"])
print(inv.by_category())
print(inv.cheapest(), inv.cheapest(3))
print(sum([i.value for i in inv]), max(inv, key=lambda i: i.value))
totals = {cat: sum([i.value for i in items]) for cat, items in inv.by_category().items()}
print(totals)
try:
    inv["plum"]
except KeyError as e:
    print("missing", e)
