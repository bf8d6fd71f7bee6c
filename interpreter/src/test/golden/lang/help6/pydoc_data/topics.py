# pydoc_data.topics for the oracle, which ships without it: `topics` (label -> text) read from
# Snakebox's data file pydoc_topics.txt, which gen_pydoc_topics.py wrote from a CPython 3.13
# installation's pydoc_data/topics.py. So the oracle's own pydoc renders the help6 pages from
# the same texts as Snakebox; Snakebox's help() reads that file itself and never imports this.
# Run as a program of the golden corpus, it defines nothing and prints nothing.
RS, US = "\x1e", "\x1f"


def _read():
    here = __file__.rpartition("/")[0]
    path = here + "/../../../../../main/resources/dev/snakebox/data/pydoc_topics.txt"
    with open(path, encoding="utf-8") as f:
        text = f.read()
    records = text[text.index("\n") + 1:].split(RS)
    return {fields[1]: fields[2] for fields in (r.split(US) for r in records) if fields[0] == "d"}


if __name__ != "__main__":
    topics = _read()
