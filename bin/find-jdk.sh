# Sourced by ./mandate and .ci/run: sets JAVA_HOME to a JDK of version 21 or newer, or stops
# with a message saying one is needed. Order: JAVA_HOME if it is one, then the Temurin 25 JDK
# our machines carry, then any JDK >= 21 under /usr/lib/jvm, then the java on the PATH.
_mandate_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -1
}
_mandate_is_jdk21() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local v; v=$(_mandate_java_major "$1")
  [ -n "$v" ] && [ "$v" -ge 21 ]
}
_mandate_pick_jdk() {
  local c
  if [ -n "${JAVA_HOME:-}" ] && _mandate_is_jdk21 "$JAVA_HOME"; then return 0; fi
  for c in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if _mandate_is_jdk21 "$c"; then JAVA_HOME="$c"; return 0; fi
  done
  if command -v javac >/dev/null 2>&1; then
    c=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if _mandate_is_jdk21 "$c"; then JAVA_HOME="$c"; return 0; fi
  fi
  echo "Mandate needs a JDK of version 21 or newer, and none was found." >&2
  echo "Install one (for example Temurin 21 or 25) and set JAVA_HOME to it." >&2
  return 1
}
_mandate_pick_jdk || exit 1
