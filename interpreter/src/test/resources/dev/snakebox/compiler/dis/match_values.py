match color:
    case Color.RED:
        pass
    case (Color
          .GREEN):
        pass
    case (pkg.
          mod.BLUE) | pkg.mod.CYAN:
        pass
    case -1 | -0.5 | 1 + 2j | -3 - 0j:
        pass
    case "a" "b" | b"c":
        pass
    case None | True | False:
        pass
