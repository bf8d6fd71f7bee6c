# an unknown name in a literal is a SyntaxError before anything runs
print("never printed")
greeting = "caf\N{LATIN SMALL LETTER E WITH ACUTE}"
smile = "\N{SMILING FACE WITH SPIRAL EYES}"
