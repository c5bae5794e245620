#!/usr/bin/env bash
# The benchmark: generate a scale corpus, ingest it, time the queries, print
# one table. Run from anywhere:
#
#     bash bench/run.sh                 # 20,000 articles (about 110 MB)
#     ARTICLES=2000 bash bench/run.sh   # a quick run
#     PEER=1 bash bench/run.sh          # also run the jieba-posseg peer on 1,000 articles
#     BIG_MB=10 bash bench/run.sh       # a smaller single large document (0 skips it)
#
# Everything is written under bench_out/ (or $BENCH_OUT). Figures are wall
# times of the release binary, process start and database open included.
set -euo pipefail
# $EPOCHREALTIME below is read with a decimal point.
export LC_NUMERIC=C
cd "$(dirname "$0")/.."
ARTICLES=${ARTICLES:-20000}
OUT=${BENCH_OUT:-bench_out}
RUNS=${RUNS:-7}
mkdir -p "$OUT"

cargo build --release --quiet --bin shanhai --example gen_corpus
TARGET=${CARGO_TARGET_DIR:-target}
# BIN=path/to/shanhai benchmarks another build (say, the one before a change).
BIN=${BIN:-$TARGET/release/shanhai}
GEN=$TARGET/release/examples/gen_corpus

corpus="$OUT/corpus-$ARTICLES"
if [ ! -d "$corpus" ]; then
  "$GEN" "$corpus" --articles "$ARTICLES" --seed 42
fi
extra="$OUT/extra-100"
if [ ! -d "$extra" ]; then
  "$GEN" "$extra" --articles 100 --seed 7
  # Distinct file names from the main corpus.
  for f in "$extra"/000/*.txt; do mv "$f" "${f%.txt}-extra.txt"; done
fi
corpus_mb=$(du -sb "$corpus" | awk '{printf "%.1f", $1/1e6}')
# One very large document (BIG_MB, default 60; 0 skips it): generated
# articles joined into a single file, to show whether any phase grows faster
# than the document. Its ingest is cut off after BIG_TIMEOUT seconds.
BIG_MB=${BIG_MB:-60}
BIG_TIMEOUT=${BIG_TIMEOUT:-900}
big="$OUT/big-$BIG_MB"
if [ "$BIG_MB" != 0 ] && [ ! -f "$big/big.txt" ]; then
  # About 5.3 KB per generated article.
  "$GEN" "$OUT/big-parts" --articles $((BIG_MB * 1000 / 53 * 10)) --seed 11 >/dev/null
  mkdir -p "$big"
  # head stops reading at the size: cat's broken pipe is expected there,
  # not a failure of the benchmark (pipefail would make it one).
  (set +o pipefail; find "$OUT/big-parts" -name '*.txt' | sort | xargs cat 2>/dev/null | head -c $((BIG_MB * 1000000)) >"$big/big.txt")
  rm -rf "$OUT/big-parts"
fi

# Each timed step starts once the previous one's writes have reached the
# disk, so that it pays for its own writes only (the +100 ingest otherwise
# runs during the writeback of the 300 MB the 20k ingest wrote).
settle() { sync; }

db="$OUT/bench.db"
rm -f "$db" "$db-wal" "$db-shm"

# Ingest, with peak memory from GNU time.
settle
start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$OUT/ingest.rss" "$BIN" --db "$db" ingest "$corpus" 2>"$OUT/ingest.log" || true
end=$(date +%s.%N)
ingest_s=$(echo "$end - $start" | bc -l)
peak_mb=$(awk '{printf "%.0f", $1/1024}' "$OUT/ingest.rss")
db_mb=$(du -b "$db" | awk '{printf "%.1f", $1/1e6}')
tail -n 1 "$OUT/ingest.log" | sed 's/^/ingest: /' >&2

# Incremental: 100 new articles into the big database, and into an empty
# one, INC_RUNS times each (default 3), the median kept: a single pair of
# runs on a shared two-core machine gave ratios from 1.5 to 1.9. Each
# incremental run goes into a fresh copy of the big database, so every run
# adds the same 100 to the same archive (and the queries below read the
# big database as ingested).
INC_RUNS=${INC_RUNS:-3}
median() { sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]}'; }
inc_times=()
alone_times=()
for _ in $(seq "$INC_RUNS"); do
  cp "$db" "$OUT/inc.db"
  rm -f "$OUT/inc.db-wal" "$OUT/inc.db-shm"
  settle
  s=$EPOCHREALTIME
  "$BIN" --db "$OUT/inc.db" ingest "$extra" 2>"$OUT/incremental.log"
  inc_times+=("$(echo "$EPOCHREALTIME - $s" | bc -l)")
  rm -f "$OUT/alone.db"*
  settle
  s=$EPOCHREALTIME
  "$BIN" --db "$OUT/alone.db" ingest "$extra" 2>/dev/null
  alone_times+=("$(echo "$EPOCHREALTIME - $s" | bc -l)")
done
rm -f "$OUT/inc.db"*
inc_s=$(printf '%s\n' "${inc_times[@]}" | median)
alone_s=$(printf '%s\n' "${alone_times[@]}" | median)

# The single large document, into an empty database.
big_line=""
if [ "$BIG_MB" != 0 ]; then
  rm -f "$OUT/big.db"*
  big_mb=$(du -b "$big/big.txt" | awk '{printf "%.1f", $1/1e6}')
  settle
  bs=$(date +%s.%N)
  if timeout "$BIG_TIMEOUT" /usr/bin/time -f "%M" -o "$OUT/big.rss" "$BIN" --db "$OUT/big.db" ingest "$big" 2>"$OUT/big.log"; then
    big_s=$(echo "$(date +%s.%N) - $bs" | bc -l)
    big_line=$(printf '| one %s MB document | %.1f s, %.2f MB/s, %s MB peak |' "$big_mb" "$big_s" \
      "$(echo "$big_mb / $big_s" | bc -l)" "$(awk '{printf "%.0f", $1/1024}' "$OUT/big.rss")")
  else
    big_line=$(printf '| one %s MB document | not done in %s s (< %.2f MB/s) |' "$big_mb" "$BIG_TIMEOUT" \
      "$(echo "$big_mb / $BIG_TIMEOUT" | bc -l)")
  fi
fi

# Names to query: the best-connected county and firm, and a firm far from it.
read -r county firm far < <(python3 - "$db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
def top(t, order="DESC"):
    return c.execute(f"SELECT name FROM entity_degrees WHERE type=? ORDER BY degree {order}, name LIMIT 1", (t,)).fetchone()[0]
county = top("county")
firm = c.execute("""SELECT e.name FROM relations_named r JOIN entities e
                    ON e.id = CASE WHEN r.source = ? THEN r.target_id ELSE r.source_id END
                    WHERE (r.source = ? OR r.target = ?) AND e.type = 'firm' AND r.kind='cooccurs'
                    ORDER BY r.sentence_count DESC LIMIT 1""", (county, county, county)).fetchone()
firm = firm[0] if firm else top("firm")
far = c.execute("""SELECT name FROM entity_degrees WHERE type='firm' AND degree > 0 AND name != ?
                   ORDER BY degree ASC, name LIMIT 1""", (firm,)).fetchone()[0]
print(county, firm, far)
PY
)

# Median wall time in ms of a command over $RUNS runs.
time_ms() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local s e
    # bash's own clock: $(date …) would add two process starts (about
    # 1-2 ms each) to every time.
    s=${EPOCHREALTIME/./}
    "$@" >/dev/null 2>&1 || true
    e=${EPOCHREALTIME/./}
    times+=($(( e - s )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}

# The first search after an ingest brings the full-text index up to date.
settle
ss0=$(date +%s%N)
"$BIN" --db "$db" search 有限公司 >/dev/null 2>&1 || true
q_search_first=$(( ($(date +%s%N) - ss0) / 1000000 ))
settle
q_search=$(time_ms "$BIN" --db "$db" search 有限公司)
q_n1=$(time_ms "$BIN" --db "$db" neighbors "$county" --depth 1)
q_n2=$(time_ms "$BIN" --db "$db" neighbors "$county" --depth 2)
q_path=$(time_ms "$BIN" --db "$db" path "$firm" "$far")
q_why=$(time_ms "$BIN" --db "$db" why "$county" "$firm")
q_ego=$(time_ms "$BIN" --db "$db" export dot --center "$county" --depth 1 -o "$OUT/ego.dot")
q_whole=$(time_ms "$BIN" --db "$db" export graphml -o "$OUT/whole.graphml")
q_top=$(time_ms "$BIN" --db "$db" top --by degree)
# The same over one quarter of the (2024-dated) articles: recounted from the
# mentions of the range's documents.
quarter=(--since 2024-04 --until 2024-06)
q_n1_q=$(time_ms "$BIN" --db "$db" neighbors "$county" --depth 1 "${quarter[@]}")
q_path_q=$(time_ms "$BIN" --db "$db" path "$firm" "$far" "${quarter[@]}")
q_why_q=$(time_ms "$BIN" --db "$db" why "$county" "$firm" "${quarter[@]}")
q_top_q=$(time_ms "$BIN" --db "$db" top --by degree "${quarter[@]}")

docs=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from documents').fetchone()[0])" "$db")
mbps=$(echo "$corpus_mb / $ingest_s" | bc -l)
dps=$(echo "$ARTICLES / $ingest_s" | bc -l)

peer_line=""
if [ "${PEER:-0}" = 1 ]; then
  python3 -m pip install -q jieba==0.42.1 networkx >/dev/null 2>&1 || true
  peer_dir="$corpus/000"
  peer_mb=$(du -sb "$peer_dir" | awk '{printf "%.2f", $1/1e6}')
  ps=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$OUT/peer.rss" python3 bench/peers/jieba_pos.py "$peer_dir" "$OUT/peer.jsonl" >/dev/null 2>&1
  peer_s=$(echo "$(date +%s.%N) - $ps" | bc -l)
  # shanhai's side is the median of three runs, each into a new database:
  # a run of two seconds on a shared two-core machine varies by a fifth.
  ours=()
  for _ in 1 2 3; do
    rm -f "$OUT/peer1k.db"*
    ss=$(date +%s.%N)
    "$BIN" --db "$OUT/peer1k.db" ingest "$peer_dir" 2>/dev/null
    ours+=("$(echo "$(date +%s.%N) - $ss" | bc -l)")
  done
  ours_s=$(printf '%s\n' "${ours[@]}" | sort -n | sed -n 2p)
  peer_line=$(printf '| jieba-posseg peer, 1,000 articles (%s MB) | %.1f s, %.2f MB/s, %s MB peak |\n| shanhai, same 1,000 articles (median of 3) | %.2f s, %.2f MB/s (%.0f× the peer) |' \
    "$peer_mb" "$peer_s" "$(echo "$peer_mb / $peer_s" | bc -l)" "$(awk '{printf "%.0f", $1/1024}' "$OUT/peer.rss")" \
    "$ours_s" "$(echo "$peer_mb / $ours_s" | bc -l)" "$(echo "$peer_s / $ours_s" | bc -l)")
fi

cat <<TABLE

shanhai benchmark — $(nproc) cores, $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')

| figure | value |
|---|---|
| corpus | $ARTICLES articles, $corpus_mb MB ($docs stored) |
| ingest, end to end | $(printf '%.1f' "$ingest_s") s |
| throughput | $(printf '%.1f' "$mbps") MB/s, $(printf '%.0f' "$dps") documents/s |
| peak memory (RSS) | $peak_mb MB |
| database size | $db_mb MB |
| +100 articles into that database (median of $INC_RUNS, each into a fresh copy) | $(printf '%.2f' "$inc_s") s |
| the same 100 into an empty database (median of $INC_RUNS) | $(printf '%.2f' "$alone_s") s |
| +100 into the archive / the same 100 alone (bar: at most 1.5) | $(printf '%.2f' "$(echo "$inc_s / $alone_s" | bc -l)") |
| neighbors depth 1 ($county) | $q_n1 ms |
| neighbors depth 2 | $q_n2 ms |
| path ($firm → $far) | $q_path ms |
| why ($county, $firm) | $q_why ms |
| export dot, ego depth 1 | $q_ego ms |
| export graphml, whole graph | $q_whole ms |
| top --by degree | $q_top ms |
| one quarter (--since 2024-04 --until 2024-06): neighbors depth 1 / path / why / top --by degree | $q_n1_q ms / $q_path_q ms / $q_why_q ms / $q_top_q ms |
| search 有限公司: first after the ingest (indexes) / then | $q_search_first ms / $q_search ms |
$big_line
$peer_line
TABLE
