#!/usr/bin/env python3
"""Build central_soes.tsv, the central state-owned enterprises the State
Council's SASAC supervises (国资委 央企名录, as of 2026-07-11), from the
constant SASAC_SNAPSHOT in scripts/huangque/lib/employer-universe.mjs of the
public GitHub repository gaofeibilly-maker/oriole-job-engine (Apache-2.0).
Only the list of names is taken (public facts of the SASAC page), no code.

Usage:
    python3 make_central_soes.py SOURCE_MJS [OUTPUT_TSV]

SOURCE_MJS is the source file exactly as fetched, e.g.
    git --git-dir=<mirror of gaofeibilly-maker/oriole-job-engine> show \
        e19ebe5770cf01108adaad000ca75e00fbe84ff6:scripts/huangque/lib/employer-universe.mjs \
        > /tmp/employer-universe.mjs
OUTPUT_TSV defaults to central_soes.tsv next to this script.

Only mechanical steps, no hand edits:
  1. take the quoted names of the SASAC_SNAPSHOT block, in order (99);
  2. split a name with a bracketed second name (A[B]) into two rows;
  3. drop names that are not companies (not ending in 公司: the two
     geological bureaux, 总局);
  4. derive the short name: drop a bracketed （集团）, then the first of the
     endings 集团有限公司, 集团有限责任公司, 控股集团有限公司,
     控股有限责任公司, 控股有限公司, 有限责任公司, 有限公司 (中国宝武钢铁集团有限公司
     -> 中国宝武钢铁, 中国检验认证（集团）有限公司 -> 中国检验认证);
  5. write the registered name and the short name as UTF-8 TSV, LF line
     ends, in source order, under a '#' header.
Python 3 standard library only.
"""
import re
import sys

from source_file import output_path, read_source, write_table

SOURCE = {
    "repo": "https://github.com/gaofeibilly-maker/oriole-job-engine",
    "path": "scripts/huangque/lib/employer-universe.mjs, constant SASAC_SNAPSHOT",
    "commit": "e19ebe5770cf01108adaad000ca75e00fbe84ff6 (2026-08-21, HEAD of the stored snapshot)",
    "file_commit": "9b368b2fbbffbb462ba1c978c0b689ba81b5c4ac (2026-08-21, last change to the file)",
    "blob": "78f2a2d94d7d740b3e94228df9d695a60019880e",
    "licence": "Apache License 2.0 (repository LICENSE; copy in LICENSE-central_soes beside this file)",
    "stated source": "SASAC 央企名录, 2026-07-11 (https://www.sasac.gov.cn/n2588045/n27271785/n27271792/c14159097/content.html)",
}

ENDINGS = ["控股集团有限公司", "集团有限责任公司", "集团有限公司", "控股有限责任公司",
           "控股有限公司", "有限责任公司", "有限公司"]



def short_name(full: str) -> str:
    name = full.replace("（集团）", "")
    for ending in ENDINGS:
        if name.endswith(ending):
            return name[: -len(ending)]
    return name


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    out = output_path(argv, "central_soes.tsv")
    raw = read_source(argv[1], SOURCE["blob"])
    text = raw.decode("utf-8")
    block = text[text.index("const SASAC_SNAPSHOT"):]
    block = block[: block.index("});")]
    names = re.findall(r'^\s+"([^"]+)",\s*$', block, re.M)
    rows = []
    for name in names:
        for part in re.split(r"[\[\]]", name):
            if part.endswith("公司"):
                rows.append((part, short_name(part)))
    header = ["Central state-owned enterprises supervised by SASAC (国资委 央企名录): registered name, short name."]
    header += [f"  {key}: {SOURCE[key]}" for key in SOURCE]
    header.append(f"  {len(names)} names in the source; made by make_central_soes.py (mechanical; see data/firms/README.md).")
    write_table(out, header, ("full_name", "short_name"), rows)

if __name__ == "__main__":
    main(sys.argv)
