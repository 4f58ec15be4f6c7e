#!/usr/bin/env python3
"""Extraction throughput of a Python peer on one core, in one process, pages in memory.

    peer_throughput.py trafilatura LIST_FILE

LIST_FILE names one page path a line (the same pages morgue-bench measures).
Prints one JSON object: pages, seconds, pages_per_second.
"""
import json
import sys
import time


def main():
    peer, listing = sys.argv[1], sys.argv[2]
    paths = [line.strip() for line in open(listing) if line.strip()]
    pages = [open(path, "rb").read() for path in paths]
    if peer == "trafilatura":
        import trafilatura

        def extract(html):
            return trafilatura.extract(html, include_comments=False, include_tables=True)
    elif peer == "readability-lxml":
        from readability import Document

        def extract(html):
            return Document(html).summary()
    else:
        raise SystemExit(f"unknown peer {peer}")
    start = time.perf_counter()
    for html in pages:
        try:
            extract(html)
        except Exception:
            pass
    seconds = time.perf_counter() - start
    print(json.dumps({"peer": peer, "pages": len(pages), "seconds": seconds, "pages_per_second": len(pages) / seconds}))


if __name__ == "__main__":
    main()
