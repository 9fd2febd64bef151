#!/usr/bin/env bash
# Builds docker/Dockerfile with podman and runs the image once the way a CI service container runs it:
# published on loopback, healthy through GET /_ec2/health and through the image's own HEALTHCHECK
# command, answering the AWS CLI, and its SSH gateway answering ssh-keyscan. Prints the image's size, its build time and the time from
# `podman run` to healthy. Needs the runnable jar (./mvnw package) and the environment of
# .ci/podman-setup.sh (CONTAINERS_CONF, EC2_EMULATOR_BASE_IMAGE).
set -euo pipefail
cd "$(dirname "$0")/.."

image=localhost/ec2-emulator:ci
name=ec2-emulator-ci-smoke-$$
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf "%.2f", b - a}'; }
smoke_started=$(now)

[ -f emulator-server/target/ec2-emulator.jar ] || { echo "no emulator-server/target/ec2-emulator.jar: run ./mvnw package first" >&2; exit 1; }

start=$(now)
build_log=$(mktemp)
podman build -q --format docker -f docker/Dockerfile --build-arg "BASE_IMAGE=${EC2_EMULATOR_BASE_IMAGE:?}" -t "$image" . \
  >"$build_log" 2>&1 || { cat "$build_log" >&2; rm -f "$build_log"; exit 1; }
rm -f "$build_log"
build_seconds=$(since "$start")
size_mb=$(podman image inspect --format '{{.Size}}' "$image" | awk '{printf "%.0f", $1 / 1e6}')

# The image is rebuilt on every run; keep no copies of it.
cleanup() { podman rm -f -t 0 "$name" >/dev/null 2>&1 || true; podman rmi "$image" >/dev/null 2>&1 || true; }
trap cleanup EXIT
start=$(now)
# podman runs HEALTHCHECKs from systemd timers, which these machines lack (it logs errors trying);
# the image's command is run by hand below instead.
podman run -d --name "$name" --label io.ec2emulator.ci=smoke --no-healthcheck -e EC2_EMULATOR_BOOT_DELAY=0 \
  -p 127.0.0.1::4566 -p 127.0.0.1::2222 "$image" >/dev/null
port=$(podman port "$name" 4566/tcp | head -1 | sed 's/.*://')
ssh_port=$(podman port "$name" 2222/tcp | head -1 | sed 's/.*://')
endpoint="http://127.0.0.1:$port"
healthy=""
for _ in $(seq 1 300); do
  if curl -fsS -m 2 "$endpoint/_ec2/health" >/dev/null 2>&1; then healthy=yes; break; fi
  sleep 0.05
done
healthy_seconds=$(since "$start")
if [ -z "$healthy" ]; then
  echo "the container did not become healthy; its log:" >&2
  podman logs "$name" >&2 || true
  exit 1
fi

# The image's HEALTHCHECK command, run inside the container as the engine would run it.
mapfile -t health_command < <(podman image inspect --format '{{range .HealthCheck.Test}}{{println .}}{{end}}' "$image" | grep -v '^$')
[ "${health_command[0]:-}" = CMD ] || { echo "the image has no exec-form HEALTHCHECK" >&2; exit 1; }
podman exec "$name" "${health_command[@]:1}" >/dev/null || { echo "the image's HEALTHCHECK failed" >&2; exit 1; }
[ "$(podman inspect --format '{{.Config.User}}' "$name")" = "10001:10001" ] || { echo "the image does not run as user 10001" >&2; exit 1; }

if command -v aws >/dev/null 2>&1; then
  zones=$(AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=eu-west-1 \
    aws --endpoint-url "$endpoint" ec2 describe-availability-zones --query 'AvailabilityZones[].ZoneName' --output text)
  case "$zones" in
    *eu-west-1a*) echo "aws ec2 describe-availability-zones through the container: $zones" ;;
    *) echo "unexpected answer from the container: $zones" >&2; exit 1 ;;
  esac
else
  echo "aws CLI not installed: skipped the AWS CLI call against the container"
fi

# The SSH gateway answers on its published port with its host keys.
if command -v ssh-keyscan >/dev/null 2>&1; then
  keys=$(ssh-keyscan -T 10 -p "$ssh_port" -t ed25519 127.0.0.1 2>/dev/null | grep -c ssh-ed25519 || true)
  [ "$keys" = 1 ] || { echo "the SSH gateway did not answer on port $ssh_port" >&2; podman logs "$name" >&2 || true; exit 1; }
  echo "ssh-keyscan through the container: the SSH gateway answers"
fi

echo "image $image: ${size_mb} MB, built in ${build_seconds} s, healthy ${healthy_seconds} s after podman run;" \
  "smoke run ${healthy:+passed} in $(since "$smoke_started") s"
