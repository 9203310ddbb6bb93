#!/usr/bin/env bash
# Cold start, whole process, paired: each round starts a JVM running EmptyMain and then one running
# ColdStartMain (loads Edition.ALL and answers one query), from the same class path, and records the
# wall time and the CPU time (user + system) of each with bash's time keyword, to the millisecond
# (/usr/bin/time reports only hundredths of a second). Prints the medians and their ratios. Extra arguments go to the ColdStartMain JVM only, for example
#   -XX:SharedArchiveFile=target/app-cds.jsa
# JAVA names the java launcher used for both JVMs (default: java on the PATH), so that the ratio
# compares like with like, for example JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java.
# Usage: [JAR=other/benchmarks.jar] [JAVA=path/to/java] benchmarks/cold-start.sh ROUNDS
#        [JVM options for ColdStartMain...]
set -euo pipefail
rounds=${1:-21}
shift || true
jar="${JAR:-$(dirname "$0")/target/benchmarks.jar}"
java="${JAVA:-java}"
pkg=io.github.genaitaxonomy.benchmarks
empty=$(mktemp)
main=$(mktemp)
trap 'rm -f "$empty" "$main"' EXIT
TIMEFORMAT='%3R %3U %3S'
for ((i = 0; i < rounds; i++)); do
  { time "$java" -cp "$jar" "$pkg.EmptyMain" > /dev/null 2>&3; } 3>&2 2>> "$empty"
  { time "$java" "$@" -cp "$jar" "$pkg.ColdStartMain" > /dev/null 2>&3; } 3>&2 2>> "$main"
done
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ew=$(awk '{ print $1 }' "$empty" | median)
ec=$(awk '{ print $2 + $3 }' "$empty" | median)
mw=$(awk '{ print $1 }' "$main" | median)
mc=$(awk '{ print $2 + $3 }' "$main" | median)
awk -v ew="$ew" -v ec="$ec" -v mw="$mw" -v mc="$mc" -v n="$rounds" 'BEGIN {
  printf "rounds %d | median wall s: empty %.3f, catalog %.3f, ratio %.2f | median CPU s: empty %.3f, catalog %.3f, ratio %.2f\n",
    n, ew, mw, mw / ew, ec, mc, mc / ec }'
