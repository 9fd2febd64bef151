#!/usr/bin/env bash
# Builds a small Java 17 runtime image without any registry: a jlink'd JRE from the host's JDK plus the
# few glibc libraries it links against, imported into podman as localhost/jre17-min:latest (or $1).
# docker/Dockerfile then builds on it with --build-arg BASE_IMAGE=localhost/jre17-min:latest.
# Recipe and measurements: ../shared/docs/containers.md, section 4.2.
set -euo pipefail

tag=${1:-localhost/jre17-min:latest}
java_home=${JLINK_JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
[ -x "$java_home/bin/jlink" ] || { echo "no jlink in $java_home (set JLINK_JAVA_HOME to a JDK 17+)" >&2; exit 1; }

# What `jdeps --print-module-deps --ignore-missing-deps` reports for the runnable jar, plus
# jdk.crypto.ec (the SunEC provider is found through a service loader, which jdeps cannot see).
modules=java.base,java.desktop,java.management,java.naming,java.sql,java.xml,jdk.crypto.ec,jdk.jfr,jdk.unsupported

root=$(mktemp -d /tmp/jre-rootfs.XXXXXX)
trap 'rm -rf "$root"' EXIT
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$root/opt/jre" >/dev/null
# The JDK's default class-data-sharing archive (only the one for heaps under 32 GB): start-up needs it,
# and the image records its own archive of the emulator's classes on top of it.
"$root/opt/jre/bin/java" -Xshare:dump -Xlog:cds=off >/dev/null

# java.desktop is there for java.beans (Jackson and the SDK's model refer to it); a server never draws,
# plays sound or reads fonts, so its native graphics libraries, which would drag in X11, go.
rm -f "$root"/opt/jre/lib/lib{awt,awt_headless,awt_xawt,fontmanager,javajpeg,jsound,lcms,mlib_image,splashscreen}.so

# The shared libraries the JRE links against, the resolver's, and those the native libraries inside the
# jar link against (SQLite's libsqlitejdbc.so needs libpthread.so.0), copied from the host.
find "$root/opt/jre" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null \
  | awk '$2=="=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}' | grep -v "^$root" | sort -u \
  | while read -r lib; do cp --parents -L "$lib" "$root/"; done
for lib in libnss_files.so.2 libnss_dns.so.2 libresolv.so.2 libpthread.so.0 libdl.so.2 librt.so.1; do
  for dir in /lib/x86_64-linux-gnu /lib/aarch64-linux-gnu /lib64 /lib; do
    if [ -e "$dir/$lib" ]; then cp --parents -L "$dir/$lib" "$root/"; break; fi
  done
done

mkdir -p "$root/etc" "$root/tmp" "$root/usr/bin"
chmod 1777 "$root/tmp"
ln -s /opt/jre/bin/java "$root/usr/bin/java"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' > "$root/etc/group"
echo 'hosts: files dns' > "$root/etc/nsswitch.conf"

tar -C "$root" -c . | podman import --change 'ENV PATH=/opt/jre/bin:/usr/bin:/bin' \
  --change 'ENV JAVA_HOME=/opt/jre' --change "LABEL io.ec2emulator.base=${BASE_IMAGE_LABEL:-manual}" - "$tag" >/dev/null
echo "base image $tag: $(podman image inspect --format '{{.Size}}' "$tag" | awk '{printf "%.0f MB", $1/1e6}')"
