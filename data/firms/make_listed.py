#!/usr/bin/env python3
"""Build listed_companies.tsv from the source file data/stock_basic.csv of the
public GitHub repository yhhe2004/QuantSandbox (MIT licence).

Usage:
    python3 make_listed.py SOURCE_CSV [OUTPUT_TSV]

SOURCE_CSV is the source file exactly as fetched, e.g.
    git --git-dir=<mirror of yhhe2004/QuantSandbox> show \
        6ad84406dfc76b467eb691bcb41007b305e350a8:data/stock_basic.csv > /tmp/stock_basic.csv
OUTPUT_TSV defaults to listed_companies.tsv next to this script.

Only mechanical steps, no hand edits:
  1. read the CSV (UTF-8, optional BOM);
  2. keep the columns 股票代码 (code), 股票名称 (short name), 公司全称 (full name);
  3. strip surrounding whitespace in every field;
  4. normalise the short name by removing trading-status markers only:
       - leading '*ST' or 'ST' (risk warning), leading 'N' or 'C' right before
         a CJK character (first trading days);
       - trailing 'A'/'B' (half- or full-width) right after a CJK character
         (share-class marker, e.g. 万科Ａ -> 万科);
       - trailing '-U', '-W', '-UW', '-WD' (STAR/ChiNext: unprofitable /
         weighted-voting / VIE markers);
     if nothing would be left, the raw short name is kept;
  5. drop exact duplicate codes (first row wins; the source has none);
  6. write UTF-8 TSV, LF line ends, in source order, under a '#' header.
Python 3 standard library only.
"""
import csv
import hashlib
import os
import re
import sys

SOURCE = {
    "repo": "https://github.com/yhhe2004/QuantSandbox",
    "path": "data/stock_basic.csv",
    "commit": "6ad84406dfc76b467eb691bcb41007b305e350a8 (2026-02-28, HEAD of the stored snapshot)",
    "file_commit": "4ef962f99751eb1cf0acfa1d16df9daa197d7a4e (2026-02-27, 'init framework', only commit touching the file)",
    "blob": "65cbd2bb33c883fac76490cda1f4415ea32f4c10",
    "licence": "MIT License, Copyright (c) 2026 Cloud Navigator (repository LICENSE; copy in LICENSE beside this file)",
}

CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
RE_RISK = re.compile(r"^\*?ST(?=.)")
RE_NEW = re.compile(r"^[NC](?=[" + CJK + r"])")
RE_CLASS = re.compile(r"(?<=[" + CJK + r"])[AaBbＡＢ]$")
RE_STAR = re.compile(r"-(?:UW|WD|U|W)$")


def git_blob_sha1(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def normalise_short(name: str) -> str:
    s = name.strip()
    s = RE_STAR.sub("", s)
    s = RE_RISK.sub("", s)
    s = RE_NEW.sub("", s)
    s = RE_CLASS.sub("", s)
    s = s.strip()
    return s or name.strip()


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    src = argv[1]
    out = argv[2] if len(argv) > 2 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "listed_companies.tsv")
    raw = open(src, "rb").read()
    blob = git_blob_sha1(raw)
    if blob != SOURCE["blob"]:
        print(f"warning: input blob {blob} differs from the recorded source blob "
              f"{SOURCE['blob']}; update SOURCE in this script", file=sys.stderr)
    text = raw.decode("utf-8-sig")
    rows = list(csv.DictReader(text.splitlines()))
    seen = set()
    out_rows = []
    for r in rows:
        code = (r.get("股票代码") or "").strip()
        if not code or code in seen:
            continue
        seen.add(code)
        short = normalise_short(r.get("股票名称") or "")
        full = (r.get("公司全称") or "").strip()
        out_rows.append((code, short, full))
    n_full = sum(1 for r in out_rows if r[2])
    by_ex = {}
    for code, _, _ in out_rows:
        ex = code.rsplit(".", 1)[-1] if "." in code else "?"
        by_ex[ex] = by_ex.get(ex, 0) + 1
    list_dates = sorted((r.get("上市日期") or "")[:10] for r in rows if r.get("上市日期"))
    header = [
        "# Chinese A-share listed companies (Shanghai .SH, Shenzhen .SZ, Beijing .BJ): stock code, short name, full registered name.",
        f"# Source: {SOURCE['repo']} file {SOURCE['path']}",
        f"#   commit {SOURCE['commit']}",
        f"#   file last changed in commit {SOURCE['file_commit']}; git blob {blob}",
        "#   data as of late Feb 2026 (newest listing date in the file: " + (list_dates[-1] if list_dates else "?") + "); only companies with status L (listed) at that time.",
        "#   The source does not say where it got the data; its columns (公司全称, 实控人名称, 企业性质, ...) match Tushare pro stock_basic.",
        f"# Licence: {SOURCE['licence']}",
        "# Made by: python3 make_listed.py <stock_basic.csv> (this folder), a mechanical transformation:",
        "#   columns 股票代码/股票名称/公司全称 kept; whitespace stripped; short name loses trading markers only",
        "#   (*ST/ST, N/C prefix, trailing A/B share class, -U/-W/-UW/-WD); duplicate codes dropped (none in source).",
        f"# Rows: {len(out_rows)} ({', '.join(f'{k} {v}' for k, v in sorted(by_ex.items()))}); rows with full_name: {n_full}.",
        "# Columns (tab-separated, UTF-8): code<TAB>short_name<TAB>full_name",
        "code\tshort_name\tfull_name",
    ]
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write(h + "\n")
        for row in out_rows:
            f.write("\t".join(x.replace("\t", " ") for x in row) + "\n")
    print(f"wrote {out}: {len(out_rows)} rows, {n_full} with full_name, blob {blob}",
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
