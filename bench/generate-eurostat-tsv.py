#!/usr/bin/env python3
"""Writes a Eurostat bulk TSV in the current header style, for the import benchmarks.

Usage: generate-eurostat-tsv.py FILE LINES PERIODS [MISSING_SHARE]

Each line is one series of a made-up trafficking dataset (freq, unit, sex, age, c_citizen, geo) with one
cell per period; about one cell in twenty carries a flag (p, e, b, bp), and MISSING_SHARE of the cells
(default 0) are missing (':'). The figures are made up; only the layout is Eurostat's.
"""
import random
import sys

path, lines, periods = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
missing = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
geos = ["DK", "EE", "FI", "DE", "IS", "LV", "LT", "NO", "PL", "SE", "UA", "EL"]
sexes = ["F", "M", "T"]
ages = ["Y_LT18", "Y_GE18", "TOTAL", "UNK"]
flags = ["p", "e", "b", "bp"]
random.seed(20261204)
first = 2023 - periods + 1
with open(path, "w", encoding="utf-8", newline="\n") as out:
    out.write("freq,unit,sex,age,c_citizen,geo\\TIME_PERIOD\t" + "\t".join(f"{y} " for y in range(first, 2024)) + "\n")
    per_citizen = len(geos) * len(sexes) * len(ages)
    for i in range(lines):
        geo = geos[i % len(geos)]
        sex = sexes[(i // len(geos)) % len(sexes)]
        age = ages[(i // (len(geos) * len(sexes))) % len(ages)]
        citizen = f"C{i // per_citizen:06d}"
        cells = []
        for _ in range(periods):
            if random.random() < missing:
                cells.append(": ")
            elif random.random() < 0.05:
                cells.append(f"{random.randint(0, 5000)} {random.choice(flags)}")
            else:
                cells.append(f"{random.randint(0, 5000)} ")
        out.write(f"A,NR,{sex},{age},{citizen},{geo}\t" + "\t".join(cells) + "\n")
