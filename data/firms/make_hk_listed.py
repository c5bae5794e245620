#!/usr/bin/env python3
"""Build hk_listed_companies.tsv from the stock index apps/dsa-web/public/stocks.index.json
of the public GitHub repository ZhuLinsen/daily_stock_analysis (MIT licence).

Usage:
    python3 make_hk_listed.py SOURCE_JSON [OUTPUT_TSV]

SOURCE_JSON is the source file exactly as fetched, e.g.
    git --git-dir=<mirror of wanggenAi/daily_stock_analysis, a fork carrying the
        upstream commit> show \
        2d96e66ab41f5fd828fa36185ff7147529c19589:apps/dsa-web/public/stocks.index.json \
        > /tmp/stocks.index.json
OUTPUT_TSV defaults to hk_listed_companies.tsv next to this script.

Only mechanical steps, no hand edits:
  1. read the JSON array; each row is
     [ts_code, symbol, name, pinyin_full, pinyin_abbr, aliases, market, ...];
  2. keep the rows whose market is HK;
  3. drop the renminbi counters (codes 8xxxx.HK: the same company as its
     Hong Kong dollar line);
  4. drop names without a Chinese character (English-only names);
  5. normalise the short name by removing trading markers only: a trailing
     '-' and capital letters (-W, -SW, -B, -S, -P: weighted voting rights,
     secondary listing, pre-revenue biotech, ...) and a trailing '(新)' or '-新';
  6. keep the first row of each normalised name; write code and short name as
     UTF-8 TSV, LF line ends, in source order, under a '#' header.
The project's hand-added aliases in the source are NOT used.
Python 3 standard library only.
"""
import json
import re
import sys

from source_file import output_path, read_source, write_table

SOURCE = {
    "repo": "https://github.com/ZhuLinsen/daily_stock_analysis",
    "path": "apps/dsa-web/public/stocks.index.json",
    "commit": "2d96e66ab41f5fd828fa36185ff7147529c19589 (2026-06-30, HEAD of the stored snapshot of the fork wanggenAi/daily_stock_analysis)",
    "file_commit": "ef9371003c78221aa364b8ca20f50c8b49614d18 (2026-06-27, upstream commit, last change to the file; HK rows last regenerated in 43d05b417969aecd3ed6945da82b1e484daab98d, 2026-05-25)",
    "blob": "0ad4209136762bb081ff807d14e52d5177df9684",
    "licence": "MIT License, Copyright (c) 2026 ZhuLinsen (repository LICENSE; copy in LICENSE-hk_listed beside this file)",
}

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
MARKER = re.compile(r"(?:-[A-Z]+|\(新\)|-新)$")



def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    out = output_path(argv, "hk_listed_companies.tsv")
    raw = read_source(argv[1], SOURCE["blob"])
    rows = json.loads(raw.decode("utf-8"))
    seen, kept = set(), []
    for row in rows:
        code, name, market = row[0], row[2].strip(), row[6]
        if market != "HK" or code.startswith("8") or not HAN.search(name):
            continue
        short = MARKER.sub("", name).strip()
        if short and short not in seen:
            seen.add(short)
            kept.append((code, short))
    header = ["Hong Kong-listed companies with a Chinese short name (证券简称): stock code, short name."]
    header += [f"  {key}: {SOURCE[key]}" for key in ("repo", "path", "commit", "file_commit", "blob", "licence")]
    header.append("  upstream of the data: Tushare Pro hk_basic (the repository's scripts build the index from it).")
    header.append("  made by make_hk_listed.py (mechanical; see data/firms/README.md).")
    write_table(out, header, ("code", "short_name"), kept)

if __name__ == "__main__":
    main(sys.argv)
