# circ_a imports circ_b, which takes a name from circ_a before circ_a has defined it.
import mods.circ_b
A = "a"
