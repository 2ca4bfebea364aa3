# Shared by pipelines/nightly.sh and Tests/run.sh: install what Scout needs to build, when missing.
ensure_libcsv() {
    if [ -f /usr/include/csv.h ] || { [ -f /usr/local/include/csv.h ] && ls /usr/local/lib/libcsv.* >/dev/null 2>&1; }; then
        return 0
    fi
    echo "scout: libcsv-dev is missing; installing it with apt-get" >&2
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libcsv-dev >/dev/null
}

ensure_swift() {
    if ! command -v swift >/dev/null 2>&1; then
        echo "scout: 'swift' is not on PATH; install Swift 6 from swift.org (e.g. into /opt/swift) and add its bin to PATH" >&2
        return 1
    fi
}

ensure_sqlite() {
    if [ -f /usr/include/sqlite3.h ] || { [ -f /usr/local/include/sqlite3.h ] && ls /usr/local/lib/libsqlite3.* >/dev/null 2>&1; }; then
        return 0
    fi
    echo "scout: libsqlite3-dev is missing; installing it with apt-get" >&2
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libsqlite3-dev >/dev/null
}
