# Reads an attribute of a module that is still running its body.
import mods.half_user
value = "half"
