#!/usr/bin/env bash
# Benchmarks the EC2 emulator jar with one command, from any directory:
#   bench/run.sh [--seconds N] [--connections N] [--warmup N] [--startup-runs N] [--out FILE]
#   bench/run.sh --scale [--sizes 1000,100000] [--requests N] [--rounds N] [--out FILE] ...
#   bench/run.sh --persistence [--seconds N] [--connections N] [--rounds N] [--records N]
#   bench/run.sh --ssh [--seconds N] [--warmup N] [--concurrency N] [--prompts N] [--openssh N] [--out FILE]
# Builds the server jar and the bench module when their sources are newer than the build output
# (Maven offline first, online if that fails), then runs io.ec2emulator.bench.Benchmark, or with --scale
# io.ec2emulator.bench.InstanceScaleBenchmark (DescribeInstances at 1,000 and 100,000 instances, in-process,
# with the server jar on the class path and -Xmx2g), or with --persistence io.ec2emulator.bench.PersistenceBenchmark
# (mutating requests/s in memory vs with --data-dir, side by side; start-up with an empty and a filled data dir),
# or with --ssh io.ec2emulator.bench.SshBenchmark (SSH logins per second and time to the first prompt through the
# gateway, with Apache sshd's client from the server jar and with /usr/bin/ssh).
# EC2_BENCH_SKIP_BUILD=1 uses the existing server jar as it is. See bench/README.md.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
JAR="$ROOT/emulator-server/target/ec2-emulator.jar"
CLASSES="$BENCH_DIR/target/classes"
BENCH_MARKER="$BENCH_DIR/target/.bench-built"
SERVER_MODULES=(emulator-core persistence api-query ssh-gateway emulator-server)
if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi

log() { echo "[bench] $*" >&2; }

SCALE=0
PERSISTENCE=0
SSH=0
if [ "${1:-}" = --scale ]; then
  SCALE=1
  shift
elif [ "${1:-}" = --persistence ]; then
  PERSISTENCE=1
  shift
elif [ "${1:-}" = --ssh ]; then
  SSH=1
  shift
fi

maven() {
  if (cd "$ROOT" && ./mvnw -B -q -o "$@"); then
    return 0
  fi
  log "offline Maven build failed; retrying online"
  (cd "$ROOT" && ./mvnw -B -q "$@")
}

# True when $1 is missing or any file under the other arguments is newer than it.
stale() {
  local target=$1
  shift
  [ -f "$target" ] || return 0
  [ -n "$(find "$@" -type f -newer "$target" -print -quit 2>/dev/null)" ]
}

server_inputs=("$ROOT/pom.xml")
for module in "${SERVER_MODULES[@]}"; do
  server_inputs+=("$ROOT/$module/pom.xml" "$ROOT/$module/src/main")
done

if [ "${EC2_BENCH_SKIP_BUILD:-0}" = 1 ] && [ -f "$JAR" ]; then
  log "EC2_BENCH_SKIP_BUILD=1: using $JAR as it is"
elif stale "$JAR" "${server_inputs[@]}"; then
  # One reactor build of the server modules and this one: the bench module compiles against the api-query just
  # built, and nothing is installed into the local Maven repository.
  log "building the server jar and the bench module"
  maven package -DskipTests -pl "$(IFS=,; echo "${SERVER_MODULES[*]}"),bench" -am
  touch "$BENCH_MARKER"
fi

# With a fresh jar, only the bench module's own changes are left to compile (in the reactor, installing nothing).
if stale "$BENCH_MARKER" "$ROOT/pom.xml" "$BENCH_DIR/pom.xml" "$BENCH_DIR/src/main" "$JAR"; then
  log "building the bench module"
  maven compile -pl bench -am
  touch "$BENCH_MARKER"
fi

if [ "$SCALE" = 1 ]; then
  # In-process: the runnable jar holds api-query, emulator-core and their dependencies (slf4j-simple too).
  exec "$JAVA" -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "$CLASSES:$JAR" io.ec2emulator.bench.InstanceScaleBenchmark "$@"
fi
if [ "$SSH" = 1 ]; then
  # The server jar holds sshd-core, sshd-common and Bouncy Castle (ed25519 keys) for the client side too.
  exec "$JAVA" ${BENCH_JAVA_OPTS:-} -cp "$CLASSES:$JAR" io.ec2emulator.bench.SshBenchmark --jar "$JAR" "$@"
fi
if [ "$PERSISTENCE" = 1 ]; then
  exec "$JAVA" ${BENCH_JAVA_OPTS:-} -cp "$CLASSES" io.ec2emulator.bench.PersistenceBenchmark --jar "$JAR" "$@"
fi
exec "$JAVA" ${BENCH_JAVA_OPTS:-} -cp "$CLASSES" io.ec2emulator.bench.Benchmark --jar "$JAR" "$@"
