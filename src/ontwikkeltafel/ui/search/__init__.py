"""The search box over everything: its field, its panel of hits and how a hit is drawn."""
