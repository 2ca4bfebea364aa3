# Shared by pipelines/nightly.sh and Tests/run.sh: install what Scout needs to build, when missing.

# ensure_dev_package HEADER LIBRARY PACKAGE: installs PACKAGE with apt-get unless HEADER and LIBRARY are present.
ensure_dev_package() {
    local header="$1" library="$2" package="$3"
    if [ -f "/usr/include/$header" ] || { [ -f "/usr/local/include/$header" ] && ls /usr/local/lib/"$library".* >/dev/null 2>&1; }; then
        return 0
    fi
    echo "scout: $package is missing; installing it with apt-get" >&2
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$package" >/dev/null
}

ensure_libcsv() { ensure_dev_package csv.h libcsv libcsv-dev; }

ensure_sqlite() { ensure_dev_package sqlite3.h libsqlite3 libsqlite3-dev; }

ensure_xlsxwriter() { ensure_dev_package xlsxwriter.h libxlsxwriter libxlsxwriter-dev; }

# ensure_openpyxl: a venv under .build with openpyxl from PyPI, for the tests that read shortlists.xlsx back.
# Prints nothing when it is already there; sets SCOUT_TEST_PYTHON to its python.
ensure_openpyxl() {
    local venv="$root/.build/test-python"
    if ! "$venv/bin/python" -c "import openpyxl" >/dev/null 2>&1; then
        echo "scout: installing openpyxl (PyPI) into $venv for the workbook tests" >&2
        python3 -m venv "$venv" && "$venv/bin/pip" install -q --disable-pip-version-check openpyxl >&2
    fi
    export SCOUT_TEST_PYTHON="$venv/bin/python"
}

ensure_swift() {
    if ! command -v swift >/dev/null 2>&1; then
        echo "scout: 'swift' is not on PATH; install Swift 6 from swift.org (e.g. into /opt/swift) and add its bin to PATH" >&2
        return 1
    fi
}
