f"{lambda x:{y}}"
