#!/usr/bin/env bash
# Tests pipelines/airflow/scout_nightly.py with a real Apache Airflow (run by .ci/run after Tests/run.sh):
#   1. `airflow dags test scout_nightly` (local mode) on data/sample with 3 shards writes exactly what `scout run`
#      writes (diff -r of every delivered file);
#   2. a broken export fails its ingest shard's task (after its retry): the run fails and no task after it runs;
#   3. the Kubernetes mode's pod specs render (image, arguments, env, volumes) against a dummy kubeconfig, without
#      contacting any cluster (render_pods.py).
# Airflow is installed from PyPI (with uv, itself from PyPI) into .build/airflow-venv with the pinned
# constraints.txt (reused when it is already there); the Airflow database and the runs go to a temporary folder. SCOUT_BIN: the scout binary to
# test (default: the debug build Tests/run.sh made).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
scout="${SCOUT_BIN:-$root/.build/debug/scout}"
[ -x "$scout" ] || { echo "test-dag.sh: no scout binary at $scout (run Tests/run.sh first)" >&2; exit 1; }
venv="$root/.build/airflow-venv"
airflow_version=3.3.2
kubernetes_provider=10.25.0
start=$(date +%s)

installed() { "$venv/bin/pip" show "$1" 2>/dev/null | sed -n 's/^Version: //p'; }  # (sed reads it all: no SIGPIPE)
if ! [ -x "$venv/bin/airflow" ] || [ "$(installed apache-airflow)" != "$airflow_version" ] \
    || [ "$(installed apache-airflow-providers-cncf-kubernetes)" != "$kubernetes_provider" ]; then
    if ! python3 -m venv --help >/dev/null 2>&1 || ! python3 -c 'import ensurepip' 2>/dev/null; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv
    fi
    rm -rf "$venv"
    python3 -m venv "$venv"
    # uv (from PyPI) downloads and installs in parallel: about 20 s here against several minutes for pip.
    "$venv/bin/pip" install -q --disable-pip-version-check uv
    "$venv/bin/uv" pip install -q --python "$venv/bin/python" -c "$root/pipelines/airflow/constraints.txt" \
        "apache-airflow==$airflow_version" "apache-airflow-providers-cncf-kubernetes==$kubernetes_provider"
fi
echo "test-dag.sh: Airflow $("$venv/bin/airflow" version 2>/dev/null | tail -1) ready after $(( $(date +%s) - start )) s"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export AIRFLOW_HOME="$work/airflow" AIRFLOW__CORE__LOAD_EXAMPLES=False AIRFLOW__CORE__DAGS_FOLDER="$root/pipelines/airflow"
export AIRFLOW__CORE__UNIT_TEST_MODE=False SCOUT_BIN="$scout" SCOUT_DATA="$root/data" SCOUT_RETRIES=1 SCOUT_RETRY_DELAY_SECONDS=1
unset SCOUT_AIRFLOW_MODE
airflow="$venv/bin/airflow"
"$airflow" db migrate > "$work/migrate.log" 2>&1 || { tail -20 "$work/migrate.log"; exit 1; }
passed=0
failed=0
check() {  # check NAME COMMAND...: runs a check, counts it
    local name="$1" began
    shift
    began=$(date +%s)
    if "$@"; then passed=$((passed + 1)); echo "test-dag.sh: ✔ $name ($(( $(date +%s) - began )) s)"
    else failed=$((failed + 1)); echo "test-dag.sh: ✘ $name ($(( $(date +%s) - began )) s)"; fi
}
conf() {  # conf CREATORS RUN_DIR [OPTIONS_JSON_ARRAY]: the DAG run's params
    printf '{"shards": 3, "creators": ["%s"], "briefs": "%s", "run_dir": "%s", "options": %s}' "$1" "$root/data/sample/briefs.csv" "$2" "${3:-[]}"
}
states() {  # states LOG: the run's task states as "task[map] state" lines
    local run
    run="$(grep -o 'DagRun Finished: dag_id=scout_nightly, logical_date=[^,]*, run_id=[^,]*' "$1" | sed 's/.*run_id=//' | tail -1)"
    "$airflow" tasks states-for-dag-run scout_nightly "$run" -o json 2>/dev/null | python3 -c '
import json, sys
for t in sorted(json.load(sys.stdin), key=lambda t: (t["task_id"], str(t.get("map_index")))):
    print("%s[%s] %s" % (t["task_id"], t.get("map_index"), t["state"]))'
}

# 1. The sample, 3 shards, against scout run.
sample_dag() {
    # The same folder name: the workbook, report and summary name the night after it.
    "$scout" run --creators "$root/data/sample/creators" --briefs "$root/data/sample/briefs.csv" --out "$work/one/night" > "$work/run.log" 2>&1
    "$airflow" dags test scout_nightly 2026-11-25 -c "$(conf "$root/data/sample/creators" "$work/dag/night")" > "$work/dag.log" 2>&1 \
        || { tail -30 "$work/dag.log"; return 1; }
    states "$work/dag.log" | tee "$work/states.txt" | grep -v ' success$' && return 1
    [ "$(grep -c '^ingest\[' "$work/states.txt")" = 3 ] && [ "$(grep -c '^score\[' "$work/states.txt")" = 3 ] || return 1
    [ -s "$work/one/night/shortlists.csv" ] && [ -s "$work/one/night/shortlists.xlsx" ] && diff -r -x stages -x shards "$work/one/night" "$work/dag/night"
}
check "dags test on the sample with 3 shards = scout run, byte for byte" sample_dag

# 2. A broken export under --strict (without it the file is set aside, as scout run does): its shard fails (after
#    one retry), the run fails, nothing after the ingest step runs.
failing_shard() {
    mkdir -p "$work/broken"
    cp "$root/data/sample/creators/"* "$work/broken/"
    printf 'name,city\nfoo,bar\n' > "$work/broken/zz_not_an_export.csv"
    if "$airflow" dags test scout_nightly 2026-11-26 -c "$(conf "$work/broken" "$work/broken-run" '["--strict"]')" > "$work/broken.log" 2>&1; then
        echo "the run succeeded"; return 1
    fi
    states "$work/broken.log" > "$work/broken-states.txt"
    cat "$work/broken-states.txt"
    grep -q '^ingest\[[0-9]*\] failed$' "$work/broken-states.txt" || return 1
    for task in identity normalize statistics score merge; do grep -q "^$task\[.*\] upstream_failed$" "$work/broken-states.txt" || return 1; done
    grep -q 'zz_not_an_export.csv: no column for required field' "$work/broken.log" || return 1
    [ "$(grep -c 'new_state=up_for_retry' "$work/broken.log")" -ge 1 ] || return 1
    ! [ -e "$work/broken-run/shards/identity" ] && ! [ -e "$work/broken-run/shortlists.csv" ]
}
check "a failing shard task fails the run and its downstream tasks do not run" failing_shard

# 3. Kubernetes mode: pod specs of every task, rendered offline.
kubernetes_pods() {
    cat > "$work/kubeconfig.yaml" <<'YAML'
apiVersion: v1
kind: Config
clusters: [{name: dummy, cluster: {server: "https://127.0.0.1:1"}}]
contexts: [{name: dummy, context: {cluster: dummy, user: dummy, namespace: scout}}]
current-context: dummy
users: [{name: dummy, user: {token: not-a-real-token}}]
YAML
    SCOUT_AIRFLOW_MODE=kubernetes SCOUT_KUBE_CONFIG="$work/kubeconfig.yaml" SCOUT_IMAGE=registry.example/scout:ci \
        SCOUT_DATA=/opt/scout/data "$venv/bin/python" "$root/pipelines/airflow/render_pods.py" "$work/pods.json" > "$work/pods.log" 2>&1 \
        || { tail -20 "$work/pods.log"; return 1; }
    tail -2 "$work/pods.log"
    grep -q '13 pods rendered, 0 problems' "$work/pods.log"
}
check "Kubernetes mode pod specs render against a dummy kubeconfig" kubernetes_pods

echo "test-dag.sh: $(( $(date +%s) - start )) s"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
