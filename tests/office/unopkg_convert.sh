#!/bin/bash
# The way a user installs: `unopkg add` into a clean profile, then a headless conversion of a
# .fods holding of:=ORG.KINERJA.FUNCTIONS.CAPAIAN(...). Expects "80,78,Err:502".
# Usage: unopkg_convert.sh KINERJA.OXT CAPAIAN.FODS OFFICE_PROGRAM_DIR
# KINERJA_OFFICE_PROGRAM_DIR, when set, names the office instead (as for every office test).
set -euo pipefail
oxt=$1 fods=$2 program=${KINERJA_OFFICE_PROGRAM_DIR:-$3}
echo "office: $("$program/soffice.bin" --version | head -n 1) in $program"

work=$(mktemp -d /tmp/kinerja-unopkg-XXXXXX)
office_pid=
cleanup() {
  # End only what this script started, by its PID.
  if [ -n "$office_pid" ] && kill -0 "$office_pid" 2>/dev/null; then kill -9 "$office_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
cp "$oxt" "$fods" "$work/"
chmod -R a+rwX "$work"

# unopkg refuses per-user installs as root: act as an unprivileged user then, as a user would.
as_user=()
if [ "$(id -u)" = 0 ]; then as_user=(runuser -u nobody --); fi
profile="file://$work/profile"
run() { # run an office program in the background, remember its PID, wait for it
  env HOME="$work" "${as_user[@]}" "$@" > "$work/office.log" 2>&1 &
  office_pid=$!
  local code=0
  wait "$office_pid" || code=$?
  office_pid=
  return "$code"
}

# Initialise the profile first: if unopkg creates it, the component is not registered.
for attempt in 1 2 3; do
  code=0
  run "$program/soffice.bin" --headless --terminate_after_init --norestore "-env:UserInstallation=$profile" || code=$?
  [ "$code" = 0 ] && break
  [ "$code" = 81 ] || { cat "$work/office.log"; echo "profile initialisation failed: $code"; exit 1; }
done

run "$program/unopkg" add --suppress-license "-env:UserInstallation=$profile" "$work/$(basename "$oxt")" \
  || { cat "$work/office.log"; echo "unopkg add failed"; exit 1; }
run "$program/unopkg" list "-env:UserInstallation=$profile" || true
grep -q "org.kinerja.calc" "$work/office.log" || { cat "$work/office.log"; echo "extension not listed"; exit 1; }

mkdir -p "$work/out" && chmod a+rwX "$work/out"
run "$program/soffice.bin" --headless --norestore "-env:UserInstallation=$profile" \
  --convert-to csv --outdir "$work/out" "$work/$(basename "$fods")" \
  || { cat "$work/office.log"; echo "conversion failed"; exit 1; }

result=$(head -n 1 "$work/out/$(basename "${fods%.*}").csv" | tr -d '\r')
echo "converted: $result"
[ "$result" = "80,78,Err:502" ] || { echo "expected 80,78,Err:502"; exit 1; }
