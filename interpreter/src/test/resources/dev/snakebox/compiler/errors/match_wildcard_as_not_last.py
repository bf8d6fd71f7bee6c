match x:
    case _ as y:
        pass
    case 2:
        pass
