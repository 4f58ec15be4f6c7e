#!/usr/bin/env python3
"""The extraction quality gate.

Scores `morgue extract` on both development corpora with the shared scorer
and fails when any summary figure drops below its floor in floors.json, or
when a page whose expected body is not empty comes out empty.

    python3 eval/gate.py --bin .build/debug/morgue --shared ../shared [--raise]

--raise writes the new figures into floors.json where they improved: floors
only ever move up.
"""
import argparse
import csv
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FLOORS = os.path.join(HERE, "floors.json")
# Figures the gate holds, per corpus (the scorer's `score:` keys).
GATED = {
    "readability": ["body_f1", "body_p", "body_r", "title", "byline", "byline_partial", "published", "site_name"],
    "trafilatura": ["f1", "precision", "recall", "title", "byline", "byline_partial", "published"],
}


def score(shared, binary, corpus, jobs, out_dir):
    details = os.path.join(out_dir, f"{corpus}.csv")
    command = [
        sys.executable, os.path.join(shared, "eval", "score.py"),
        "--corpus", os.path.join(shared, "corpus", corpus),
        "--cmd", f"{binary} extract {{file}} --format json",
        "--jobs", str(jobs), "--quiet", "--details", details,
    ]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    line = [l for l in output.splitlines() if l.startswith("score:")][-1]
    figures = {}
    for pair in line[len("score:"):].split():
        key, value = pair.split("=")
        try:
            figures[key] = float(value)
        except ValueError:
            figures[key] = float("nan")
    return line, figures, details


def empty_bodies(details):
    """Readability pages where morgue printed nothing but a body was expected."""
    empty = []
    with open(details, newline="") as handle:
        for row in csv.DictReader(handle):
            if row.get("pred_tokens") == "0" and int(row.get("gold_tokens") or 0) > 0:
                empty.append(row["page"])
    return empty


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", required=True)
    parser.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", default=os.path.join(HERE, "..", ".build", "eval"))
    parser.add_argument("--raise", dest="raise_floors", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    with open(FLOORS) as handle:
        floors = json.load(handle)

    failures = []
    for corpus, keys in GATED.items():
        line, figures, details = score(args.shared, args.bin, corpus, args.jobs, args.out)
        print(f"{corpus}: {line}")
        if figures.get("failed", 0) > 0:
            failures.append(f"{corpus}: {int(figures['failed'])} pages failed (see {details})")
        for key in keys:
            floor = floors.get(corpus, {}).get(key)
            value = figures.get(key)
            if floor is None or value is None:
                continue
            if value < floor - 1e-9:
                failures.append(f"{corpus}: {key} = {value:.3f} fell below its floor {floor:.3f}")
            elif args.raise_floors and value > floor:
                floors[corpus][key] = value
        if corpus == "readability":
            for page in empty_bodies(details):
                failures.append(f"{corpus}: {page}: empty body where a body is expected")

    if args.raise_floors:
        with open(FLOORS, "w") as handle:
            json.dump(floors, handle, indent=2, sort_keys=True)
            handle.write("\n")
        print(f"floors written to {FLOORS}")
    if failures:
        print("eval-gate: FAILED", file=sys.stderr)
        for failure in failures:
            print("  " + failure, file=sys.stderr)
        return 1
    print("eval-gate: every figure at or above its floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
