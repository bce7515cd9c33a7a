#!/usr/bin/env bash
# Measures how fast a built production jar starts and how much memory it holds after a few page
# views: N starts as a plain `java -jar`, N with the JVM's AOT cache. Builds nothing (the jar comes
# from ./mvnw -Pproduction -DskipTests package) and is no part of ./mvnw verify.
#
# Usage: scripts/measure-startup.sh [-n RUNS] [-p PORT] [-m MODES] [-a AOT_DIR] JAR [JVM_FLAG ...]
#   -n RUNS     starts per mode (default 3; the script prints the median)
#   -p PORT     HTTP port of the runs (default 18080)
#   -m MODES    comma-separated: plain, aot (default plain,aot)
#   -a AOT_DIR  an extracted jar with app.aot from scripts/build-aot-cache.sh; without it, the script
#               makes one in its scratch directory (with the same JVM flags)
#   JVM_FLAG    flags for every run, e.g. -XX:+UseSerialGC -Xmx160m
# Environment: JAVA_HOME (a JDK 25) and any SPRING_*/ONTOUR_* variable, passed on to the application.
# Every run uses one H2 database in a scratch directory (migrated by a first, unmeasured start), no
# demo data, and stops with SIGTERM.
#
# Per run it prints: the wall-clock time from the java command to the first 200 of /actuator/health,
# Spring's "Started Application in X seconds (process running for Y)", the CPU time the process used
# until then (user+system; on a busy machine it says more than the wall clock), and the resident set
# (RSS, and its anonymous and file-backed parts) after the page views: /sessies, a session page, /api/v1/sessions (three rounds; a Vaadin view
# is built by its v-r=init request, which the script sends like the browser would). The load average
# is printed before and after: compare figures from similar loads only.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd -P)"
say() { printf '[measure-startup] %s\n' "$*" >&2; }
fail() { say "ERROR: $*"; exit 1; }

runs=3 port=18080 modes=plain,aot aot_dir=""
while getopts "n:p:m:a:h" opt; do
  case "$opt" in
    n) runs="$OPTARG" ;;
    p) port="$OPTARG" ;;
    m) modes="$OPTARG" ;;
    a) aot_dir="$OPTARG" ;;
    *) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[[ $# -ge 1 ]] || { sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
jar="$(cd "$(dirname "$1")" && pwd -P)/$(basename "$1")"
shift
flags=("$@")
[[ -f "$jar" ]] || fail "no such jar: $jar"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command -v curl >/dev/null || fail "curl is needed"
ticks="$(getconf CLK_TCK)"

scratch="$(mktemp -d)"
pid=""
cleanup() {
  [[ -n "$pid" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT
mkdir -p "$scratch/work"

base="http://127.0.0.1:$port"
curl_() { curl -s -o /dev/null --max-time 20 "$@"; }

# Starts java with the given arguments in the scratch directory (its ./data holds the H2 database).
start() {
  local log="$1"; shift
  if curl -s -o /dev/null --max-time 2 "$base/"; then
    fail "port $port is in use already (another application?): choose one with -p"
  fi
  (cd "$scratch/work" && exec env ONTOUR_DEMO_DATA=false SERVER_PORT="$port" "$java" "${flags[@]}" "$@" >"$log" 2>&1) &
  pid=$!
}

# Waits for the first 200 of /actuator/health; prints the milliseconds since $1 (epoch ns).
wait_healthy() {
  local t0="$1" log="$2"
  for _ in $(seq 1 3600); do
    if curl -fs -o /dev/null --max-time 1 "$base/actuator/health"; then
      echo $((($(date +%s%N) - t0) / 1000000))
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      tr -d '\000' <"$log" | tail -30 >&2
      fail "the application stopped before it was healthy (log above)"
    fi
    sleep 0.05
  done
  fail "not healthy after 180 s"
}

stop() {
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
}

page_views() {
  local jar_="$scratch/cookies" id
  for _ in 1 2 3; do
    rm -f "$jar_"
    curl_ -c "$jar_" -b "$jar_" "$base/sessies"
    curl_ -c "$jar_" -b "$jar_" "$base/?v-r=init&location=sessies&query="
    id="$(curl -s --max-time 20 "$base/api/v1/sessions" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2 || true)"
    curl_ -c "$jar_" -b "$jar_" "$base/sessies/${id:-1}"
    curl_ -c "$jar_" -b "$jar_" "$base/?v-r=init&location=sessies%2F${id:-1}&query="
  done
}

load() { cut -d' ' -f1-3 /proc/loadavg; }

# The first start migrates the database and fills the file cache; it is not measured.
say "java: $("$java" -version 2>&1 | sed -n 1p); $(nproc) CPUs; load $(load)"
say "warm-up start (migrates the H2 database in $scratch/work/data)"
start "$scratch/warmup.log" -jar "$jar"
wait_healthy "$(date +%s%N)" "$scratch/warmup.log" >/dev/null
stop

if [[ ",$modes," == *,aot,* && -z "$aot_dir" ]]; then
  aot_dir="$scratch/aot"
  say "making the AOT cache in $aot_dir"
  AOT_TRAINING_JAVA_OPTS="${flags[*]}" "$ROOT/scripts/build-aot-cache.sh" "$jar" "$aot_dir"
fi

median() { sort -n | awk '{a[NR]=$1} END {if (NR) print (NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

printf '%-6s %3s %9s %10s %10s %8s %8s %8s %8s  %s\n' mode run health_ms started_s process_s cpu_s rss_mb anon_mb file_mb load
IFS=, read -r -a mode_list <<<"$modes"
for mode in "${mode_list[@]}"; do
  case "$mode" in
    plain) args=(-jar "$jar") ;;
    aot)
      [[ -f "$aot_dir/app.aot" ]] || fail "no $aot_dir/app.aot"
      args=(-XX:AOTCache="$aot_dir/app.aot" -jar "$aot_dir/ontour.jar") ;;
    *) fail "unknown mode $mode (plain or aot)" ;;
  esac
  : >"$scratch/$mode.tsv"
  for run in $(seq 1 "$runs"); do
    log="$scratch/$mode-$run.log"
    before="$(load)"
    t0="$(date +%s%N)"
    start "$log" "${args[@]}"
    ms="$(wait_healthy "$t0" "$log")"
    cpu="$(awk -v t="$ticks" '{printf "%.1f", ($14 + $15) / t}' "/proc/$pid/stat")"
    # The connector (and so /actuator/health) may answer just before Spring logs its start line.
    line=""
    for _ in $(seq 1 600); do
      line="$(tr -d '\000' <"$log" | grep -o 'Started Application in [0-9.]* seconds (process running for [0-9.]*)' | head -1 || true)"
      [[ -n "$line" ]] && break
      sleep 0.1
    done
    started="$(sed 's/.* in \([0-9.]*\) seconds.*/\1/' <<<"$line")"
    process="$(sed 's/.*running for \([0-9.]*\))/\1/' <<<"$line")"
    # A cache that does not fit (other jar, JDK or -XX:+UseCompactObjectHeaders) is an [aot] error or
    # warning, and the JVM starts without it.
    if [[ "$mode" == aot ]] && tr -d '\000' <"$log" | grep -Eq '\[(error|warning) *\]\[aot'; then
      say "WARNING: the JVM did not use the AOT cache (train it with the same flags):"
      tr -d '\000' <"$log" | grep -E '\[(error|warning) *\]\[aot' | head -5 >&2
    fi
    page_views
    rss="$(awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status")"
    # RSS = anonymous memory (heap, metaspace, code, malloc: the process's own) + file-backed pages
    # (the mapped AOT cache, the JDK's modules and libraries: clean, shared with other processes
    # mapping the same files, and given back by the kernel under memory pressure).
    anon="$(awk '/^RssAnon/ {printf "%d", $2 / 1024}' "/proc/$pid/status")"
    file="$(awk '/^RssFile/ {printf "%d", $2 / 1024}' "/proc/$pid/status")"
    stop
    printf '%-6s %3s %9s %10s %10s %8s %8s %8s %8s  %s\n' "$mode" "$run" "$ms" "${started:-?}" "${process:-?}" "$cpu" "$rss" "$anon" "$file" "$before"
    printf '%s %s %s %s %s %s %s\n' "$ms" "${started:-0}" "${process:-0}" "$cpu" "$rss" "$anon" "$file" >>"$scratch/$mode.tsv"
  done
  printf '%-6s %3s %9s %10s %10s %8s %8s %8s %8s  %s\n' "$mode" med \
    "$(cut -d' ' -f1 "$scratch/$mode.tsv" | median)" "$(cut -d' ' -f2 "$scratch/$mode.tsv" | median)" \
    "$(cut -d' ' -f3 "$scratch/$mode.tsv" | median)" "$(cut -d' ' -f4 "$scratch/$mode.tsv" | median)" \
    "$(cut -d' ' -f5 "$scratch/$mode.tsv" | median)" "$(cut -d' ' -f6 "$scratch/$mode.tsv" | median)" \
    "$(cut -d' ' -f7 "$scratch/$mode.tsv" | median)" "$(load)"
done
say "JVM flags: ${flags[*]:-(none)}; load now $(load)"
