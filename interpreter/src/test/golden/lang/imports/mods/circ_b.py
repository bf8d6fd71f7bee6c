from mods.circ_a import A
B = "b"
