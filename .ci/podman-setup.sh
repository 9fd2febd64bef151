# Sourced by .ci/run: a container engine for the image tests on a CI machine that has no Docker engine
# and no registry. Rootful podman from Debian with runc and ulimits within the machine's hard limits,
# a Java base image built locally (.ci/build-base-image.sh), and podman's Docker-compatible socket for
# Testcontainers. The recipe and why each setting is needed: ../shared/docs/containers.md.
#
# Exports DOCKER_HOST, TESTCONTAINERS_RYUK_DISABLED, TESTCONTAINERS_HOST_OVERRIDE, CONTAINERS_CONF,
# EC2_EMULATOR_BASE_IMAGE and EC2_EMULATOR_REQUIRE_DOCKER=1 (the image tests fail instead of skipping).
# Sets an EXIT trap that removes the containers the run started and stops the socket service.

ci_podman_started=$(date +%s.%N)
ci_podman_dir=$(mktemp -d /tmp/ec2-emulator-ci-podman.XXXXXX)
ci_podman_service_pid=""

ci_podman_cleanup() {
  if command -v podman >/dev/null 2>&1; then
    # The smoke test's container and Testcontainers' containers (labelled by it; Ryuk is off).
    for ci_label in io.ec2emulator.ci=smoke org.testcontainers=true; do
      podman ps -aq --filter "label=$ci_label" 2>/dev/null | xargs -r podman rm -f -t 0 >/dev/null 2>&1 || true
    done
    # The images the run built (the base image stays, for the next run).
    podman rmi localhost/ec2-emulator-it:latest localhost/ec2-emulator:ci >/dev/null 2>&1 || true
  fi
  if [ -n "$ci_podman_service_pid" ]; then
    kill "$ci_podman_service_pid" 2>/dev/null || true
    wait "$ci_podman_service_pid" 2>/dev/null || true
  fi
  rm -rf "$ci_podman_dir"
}
trap ci_podman_cleanup EXIT

if ! command -v podman >/dev/null 2>&1 || ! command -v runc >/dev/null 2>&1; then
  echo "installing podman and runc"
  if [ "$(id -u)" = 0 ]; then ci_sudo=""; else ci_sudo="sudo"; fi
  $ci_sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $ci_sudo apt-get install -y -qq podman runc >/dev/null
fi

# crun cannot run on this kind of VM (cgroup v1 hybrid), and podman's default rlimits (1048576) are above
# the hard limits root may set here (no CAP_SYS_RESOURCE): runc, and the machine's own hard limits.
ci_nofile=$(ulimit -Hn); [ "$ci_nofile" = unlimited ] && ci_nofile=1048576
ci_nproc=$(ulimit -Hu); ci_pidmax=$(cat /proc/sys/kernel/pid_max)
{ [ "$ci_nproc" = unlimited ] || [ "$ci_nproc" -gt "$ci_pidmax" ]; } && ci_nproc=$ci_pidmax
printf '[containers]\ndefault_ulimits = ["nofile=%s:%s", "nproc=%s:%s"]\n[engine]\nruntime = "runc"\n' \
  "$ci_nofile" "$ci_nofile" "$ci_nproc" "$ci_nproc" > "$ci_podman_dir/containers.conf"
export CONTAINERS_CONF="$ci_podman_dir/containers.conf"

# The base image: rebuilt only when the JDK or this script changed (its label records both).
export EC2_EMULATOR_BASE_IMAGE=localhost/jre17-min:latest
ci_base_key="$(java -version 2>&1 | head -2 | tr -d '\n' | md5sum | cut -c1-12)-$(md5sum < .ci/build-base-image.sh | cut -c1-12)"
if [ "$(podman image inspect --format '{{index .Labels "io.ec2emulator.base"}}' "$EC2_EMULATOR_BASE_IMAGE" 2>/dev/null)" \
     != "$ci_base_key" ]; then
  BASE_IMAGE_LABEL="$ci_base_key" .ci/build-base-image.sh "$EC2_EMULATOR_BASE_IMAGE"
fi

# The Docker-compatible API for Testcontainers, on a socket of this run's own.
podman system service --time=0 "unix://$ci_podman_dir/podman.sock" >"$ci_podman_dir/service.log" 2>&1 &
ci_podman_service_pid=$!
for _ in $(seq 1 100); do
  curl -fsS --unix-socket "$ci_podman_dir/podman.sock" http://d/_ping >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fsS --unix-socket "$ci_podman_dir/podman.sock" http://d/_ping >/dev/null \
  || { echo "podman's API socket did not come up:" >&2; cat "$ci_podman_dir/service.log" >&2; exit 1; }

export DOCKER_HOST="unix://$ci_podman_dir/podman.sock"
# Ryuk's image cannot be pulled here; the tests close their containers and the trap above removes leftovers.
export TESTCONTAINERS_RYUK_DISABLED=true
# /.dockerenv exists on these machines, so Testcontainers would otherwise reach containers through the bridge gateway.
export TESTCONTAINERS_HOST_OVERRIDE=127.0.0.1
export EC2_EMULATOR_REQUIRE_DOCKER=1
echo "podman ready in $(awk -v a="$ci_podman_started" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s:" \
  "$(podman --version), DOCKER_HOST=$DOCKER_HOST"
