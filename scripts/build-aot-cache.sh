#!/usr/bin/env bash
# Builds the JVM's AOT cache (Java 25+, JEP 483/514/515) for the production jar, the way Spring Boot
# documents it ("AOT Cache" in the packaging reference): extract the jar, let a training run start the
# application context and stop at once (-Dspring.context.exit=onRefresh), and keep the classes the JVM
# loaded, linked and profiled in app.aot. The next start reads them instead of doing that work again.
#
# Usage: scripts/build-aot-cache.sh [JAR] [DIR]
#   JAR  the production jar (default: the one target/ontour-*.jar)
#   DIR  where the extracted application goes (default: target/aot); it is emptied first
# Then start it with:
#   java -XX:AOTCache=DIR/app.aot -jar DIR/ontour.jar
#
# The cache only works with the extracted jar (DIR/ontour.jar and DIR/lib/), the same JDK build and the
# same JVM garbage collector and heap mode (compressed oops) as at training; otherwise the JVM says so
# with a warning and starts without it (no harm, only slower). Make it again after every new jar or JDK.
#
# The training run uses an H2 database in a temporary directory (so the migrations run, as on a first
# start), no demo data, no mail server, and port 0; pass JVM flags for it in AOT_TRAINING_JAVA_OPTS
# (e.g. the -XX:+UseSerialGC that production uses, so the cache matches). It needs no network.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd -P)"
say() { printf '[build-aot-cache] %s\n' "$*" >&2; }
fail() { say "ERROR: $*"; exit 1; }

jar="${1:-}"
if [[ -z "$jar" ]]; then
  shopt -s nullglob
  jars=("$ROOT"/target/ontour-*.jar)
  shopt -u nullglob
  [[ ${#jars[@]} -eq 1 ]] || fail "give the jar: found ${#jars[@]} target/ontour-*.jar (build it with ./mvnw -Pproduction -DskipTests package)"
  jar="${jars[0]}"
fi
[[ -f "$jar" ]] || fail "no such jar: $jar"
jar="$(cd "$(dirname "$jar")" && pwd -P)/$(basename "$jar")"
dir="${2:-$ROOT/target/aot}"

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
version="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[[ "${version%%.*}" -ge 25 ]] 2>/dev/null || fail "the AOT cache needs Java 25 or newer to build and run (found ${version:-none} at $java; set JAVA_HOME)"

rm -rf "$dir"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd -P)"
say "extracting $jar into $dir"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir" --force >/dev/null
# The extracted application jar keeps the uber jar's name; one fixed name makes the start command fixed.
extracted="$dir/$(basename "$jar")"
[[ "$extracted" == "$dir/ontour.jar" ]] || mv "$extracted" "$dir/ontour.jar"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
say "training run (starts the application context once and stops; takes a while on a busy machine)"
# shellcheck disable=SC2086 # AOT_TRAINING_JAVA_OPTS is a list of flags
if ! (cd "$scratch" && env -u SPRING_DATASOURCE_URL -u SPRING_PROFILES_ACTIVE -u SPRING_MAIL_HOST \
      ONTOUR_DEMO_DATA=false SERVER_PORT=0 \
      "$java" ${AOT_TRAINING_JAVA_OPTS:-} -XX:AOTCacheOutput="$dir/app.aot" -Dspring.context.exit=onRefresh \
      -jar "$dir/ontour.jar" >"$scratch/training.log" 2>&1); then
  tr -d '\000' <"$scratch/training.log" | tail -40 >&2
  fail "the training run failed (log above)"
fi
[[ -s "$dir/app.aot" ]] || { tr -d '\000' <"$scratch/training.log" | tail -40 >&2; fail "the training run wrote no $dir/app.aot"; }
say "done: $(du -h "$dir/app.aot" | cut -f1) cache; start with: java ${AOT_TRAINING_JAVA_OPTS:+$AOT_TRAINING_JAVA_OPTS }-XX:AOTCache=$dir/app.aot -jar $dir/ontour.jar"
