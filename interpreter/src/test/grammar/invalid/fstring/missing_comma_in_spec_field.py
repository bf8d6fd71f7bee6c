f"{lambda x:{y z}}"
