#!/usr/bin/env bash
# Packs depinlab for a machine that has a GPU but no Java (the lent GPU machine): a jlink runtime
# with only the modules the application needs, the application jar and a launcher, in
# gpu-bench/target/device-runtime (well under 64 MiB). There, run:
#   gpu-bench/target/device-runtime/depinlab bench gpu --model H100-SXM --out profile.json
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/gpu-bench/target/device-runtime"
jar="$root/simulator/target/depinlab.jar"

"$root/depinlab" --version >/dev/null
# jdeps cannot see modules reached through ServiceLoader: jdk.random provides the RNG streams
modules="$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$jar"),jdk.random,jdk.unsupported"
rm -rf "$out"
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out/jre"
cp "$jar" "$out/depinlab.jar"
cat > "$out/depinlab" <<'LAUNCHER'
#!/usr/bin/env bash
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/jre/bin/java" -XX:+UseParallelGC ${DEPINLAB_JAVA_OPTS:-} -jar "$here/depinlab.jar" "$@"
LAUNCHER
chmod +x "$out/depinlab"
echo "device runtime: $out ($(du -sh "$out" | cut -f1); modules $modules)"
