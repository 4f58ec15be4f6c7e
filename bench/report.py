#!/usr/bin/env python3
"""Prints the table of `make bench` from the files bench/run.sh left in OUT."""
import json
import os
import re
import sys


def gnu_time(path):
    """Wall seconds and peak RSS (MB) from `/usr/bin/time -v` output."""
    text = open(path).read()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)", text).group(1).strip()
    parts = [float(p) for p in wall.split(":")]
    seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    summary = [l for l in text.splitlines() if l.startswith("archived ")]
    return seconds, rss_kb / 1024, summary[-1] if summary else ""


def main():
    out, pages, jobs = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    sample = json.load(open(os.path.join(out, "morgue-sample.json")))
    peer = json.load(open(os.path.join(out, "peer-sample.json")))
    full = json.load(open(os.path.join(out, "morgue-all.json")))
    runs = sorted(
        (gnu_time(os.path.join(out, name)) for name in os.listdir(out) if re.fullmatch(r"import-\d+\.time", name)),
        key=lambda run: run[0])
    imp_s = runs[len(runs) // 2][0] if len(runs) % 2 else (runs[len(runs) // 2 - 1][0] + runs[len(runs) // 2][0]) / 2
    imp_rss = max(run[1] for run in runs)
    imp_summary = runs[-1][2]
    spread = "median of %d runs (%s s)" % (len(runs), ", ".join("%.1f" % run[0] for run in runs)) if len(runs) > 1 else ""
    re_s, re_rss, re_summary = gnu_time(os.path.join(out, "reimport.time"))
    size_mb = os.path.getsize(os.path.join(out, "archive.sqlite")) / 1_048_576
    rows = [
        ("extraction, one core, %d-page sample" % sample["pages"], "%.0f pages/s" % sample["extract_pages_per_second"], ""),
        ("trafilatura, same pages, one core", "%.1f pages/s" % peer["pages_per_second"],
         "morgue is %.1fx faster (target >= 10x)" % (sample["extract_pages_per_second"] / peer["pages_per_second"])),
        ("extraction, one core, all %d pages" % full["pages"], "%.0f pages/s (%.1f MB)" % (full["extract_pages_per_second"], full["megabytes"]), ""),
        ("libxml2 parse only, same pages", "%.0f pages/s" % full["parse_pages_per_second"],
         "extraction = %.2fx parse time (target <= 1.5x)" % full["extract_over_parse"]),
        ("import %d pages, %s" % (pages, jobs), "%.1f s, %.0f pages/s" % (imp_s, pages / imp_s),
         "peak RSS %.0f MB, archive %.0f MB (targets < 60 s, < 300 MB)" % (imp_rss, size_mb)),
        ("", "", spread),
        ("re-run of the same import", "%.1f s" % re_s, "%.1f%% of the import (target < 10%%)" % (100 * re_s / imp_s)),
    ]
    width = max(len(r[0]) for r in rows)
    print("morgue bench — %d pages" % pages)
    for label, value, note in rows:
        if label or value or note:
            print(f"  {label.ljust(width)}  {value.ljust(26)}  {note}")
    if imp_summary:
        print("  import:  " + imp_summary)
    if re_summary:
        print("  re-run:  " + re_summary)


if __name__ == "__main__":
    main()
