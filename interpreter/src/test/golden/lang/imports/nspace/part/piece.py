VALUE = "namespace piece"
