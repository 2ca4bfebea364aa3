"""Scout's nightly run on Apache Airflow 3, split into shards: byte for byte the results of `scout run`.

One task per step of a sharded night (docs/sharding.md); the per-shard steps are mapped over the shards
(dynamic task mapping), the global steps read the shards' compact summaries:

    night, shards -> plan -> ingest[K] -> identity -> normalize[K] -> statistics -> score[K] -> merge

Two ways to run the tasks, chosen with SCOUT_AIRFLOW_MODE:

- ``local`` (default): BashOperator runs the ``scout`` binary on the Airflow worker. For one machine, or Celery
  workers that share the run directory (NFS or another shared file system) and have Scout installed.
- ``kubernetes``: KubernetesPodOperator runs each step in a pod of the Scout image (pipelines/airflow/Containerfile)
  with the runs volume (a PersistentVolumeClaim, ReadWriteMany) mounted at the same path on every pod.

Configuration is read when the DAG file is parsed, from the environment of the scheduler and workers:

    SCOUT_AIRFLOW_MODE         local | kubernetes                          (local)
    SCOUT_BIN                  the scout binary, local mode                (scout)
    SCOUT_RUNS                 where run directories go: RUNS/<date>/      (/srv/scout/runs)
    SCOUT_CREATORS             default creator exports (paths separated by ':')
    SCOUT_BRIEFS               default briefs file
    SCOUT_DATA                 reference tables folder (default: scout's own default, e.g. the image's)
    SCOUT_OPTIONS              default extra `scout plan` options, shell-quoted (e.g. --merge-overrides F --history H)
    SCOUT_SHARDS               default shard count                         (4)
    SCOUT_SCHEDULE             cron schedule                               (30 2 * * *)
    SCOUT_RETRIES              retries per task                            (2)
    SCOUT_RETRY_DELAY_SECONDS  delay before a retry                        (300)
    SCOUT_IMAGE                kubernetes: the Scout image                 (scout:latest)
    SCOUT_NAMESPACE            kubernetes: namespace                       (scout)
    SCOUT_PVC                  kubernetes: claim holding runs and inputs   (scout-runs)
    SCOUT_MOUNT                kubernetes: where it is mounted             (/srv/scout)
    SCOUT_KUBE_CONFIG          kubernetes: kubeconfig file (default: in-cluster credentials)
    SCOUT_KUBE_CONTEXT         kubernetes: context in it
    SCOUT_POD_CPU, SCOUT_POD_MEMORY   kubernetes: requests and limits per pod   (2, 8Gi)
    SCOUT_SECRET_FILE          the installation secret that keys e-mail hashes; every task must read the same one
                               (docs/privacy.md). local: passed through from the worker's environment (workers on
                               several machines: a file on the shared file system). kubernetes: a path in the pods,
                               set on every pod                            (MOUNT/config/scout/secret, on the claim)

Per run, the params override the defaults: ``shards``, ``creators``, ``briefs``, ``options`` and ``run_dir``, e.g.
``airflow dags test scout_nightly 2026-11-25 -c '{"shards": 3}'``. Every task writes its own folder atomically, so
a retried task is harmless; a task that still fails fails the run and the tasks after it do not run.
"""

from __future__ import annotations

import os
import shlex
from datetime import datetime, timedelta

from airflow.sdk import Param, dag, task

MODE = os.environ.get("SCOUT_AIRFLOW_MODE", "local")
SCOUT = os.environ.get("SCOUT_BIN", "scout")
RUNS = os.environ.get("SCOUT_RUNS", "/srv/scout/runs")
DATA = os.environ.get("SCOUT_DATA", "")
SCHEDULE = os.environ.get("SCOUT_SCHEDULE", "30 2 * * *")
RETRIES = int(os.environ.get("SCOUT_RETRIES", "2"))
RETRY_DELAY = timedelta(seconds=float(os.environ.get("SCOUT_RETRY_DELAY_SECONDS", "300")))

STEPS = ("plan", "ingest", "identity", "normalize", "statistics", "score", "merge")
PER_SHARD = ("ingest", "normalize", "score")


def global_arguments(step: str, run: str, shards: int, creators: list[str], briefs: str, options: list[str]) -> list[str]:
    """The scout arguments of a global step (plan, identity, statistics, merge)."""
    data = ["--data", DATA] if DATA else []
    if step == "plan":
        return ["plan", "--shards", str(shards), "--out", run, "--creators", *creators, "--briefs", briefs, *data, *options]
    return [step, "--out", run, *data]


def shard_arguments(step: str, item: dict) -> list[str] | str:
    """The scout arguments (local mode: the command) of a per-shard step for one shard, `item` = {run, shard}."""
    arguments = [step, "--out", item["run"], "--shard", item["shard"], *(["--data", DATA] if DATA else [])]
    return command(arguments) if MODE == "local" else arguments


def ingest_arguments(item: dict) -> list[str] | str:
    return shard_arguments("ingest", item)


def normalize_arguments(item: dict) -> list[str] | str:
    return shard_arguments("normalize", item)


def score_arguments(item: dict) -> list[str] | str:
    return shard_arguments("score", item)


# XComArg.map needs plain functions (the DAG is serialised with their source).
SHARD_ARGUMENTS = {"ingest": ingest_arguments, "normalize": normalize_arguments, "score": score_arguments}


def command(arguments: list[str]) -> str:
    """A step as the shell command BashOperator runs (local mode)."""
    return shlex.join([SCOUT, *arguments])


@dag(
    dag_id="scout_nightly",
    description="Scout's nightly shortlists, sharded (plan, ingest, identity, normalize, statistics, score, merge)",
    schedule=SCHEDULE,
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": RETRIES, "retry_delay": RETRY_DELAY},
    params={
        "shards": Param(int(os.environ.get("SCOUT_SHARDS", "4")), type="integer", minimum=1,
                        description="How many shards the per-shard steps run in"),
        "creators": Param([p for p in os.environ.get("SCOUT_CREATORS", "").split(":") if p], type="array",
                          description="Creator exports: files or folders"),
        "briefs": Param(os.environ.get("SCOUT_BRIEFS", ""), type="string", description="The briefs CSV"),
        "options": Param(shlex.split(os.environ.get("SCOUT_OPTIONS", "")), type="array",
                         description="Extra `scout plan` options (history, overrides, do-not-contact …)"),
        "run_dir": Param("", type="string", description="Run directory (default: SCOUT_RUNS/<date of the run>)"),
    },
    tags=["scout"],
)
def scout_nightly():
    @task(multiple_outputs=True, retries=0)
    def night(params=None, dag_run=None) -> dict:
        """The night's run directory and the global steps' arguments (commands in local mode)."""
        if not params["creators"] or not params["briefs"]:
            raise ValueError("set the creators and briefs params (or SCOUT_CREATORS and SCOUT_BRIEFS)")
        # Every task runs in a folder of its own (and in Kubernetes on another machine): paths must be absolute.
        relative = [p for p in [*params["creators"], params["briefs"], params["run_dir"] or RUNS] if not os.path.isabs(p)]
        if relative:
            raise ValueError(f"paths must be absolute (tasks run in other folders and on other machines): {relative}")
        when = dag_run.logical_date or dag_run.run_after
        run = params["run_dir"] or f"{RUNS}/{when:%Y-%m-%d}"
        shards = int(params["shards"])
        steps = {step: global_arguments(step, run, shards, list(params["creators"]), params["briefs"], list(params["options"]))
                 for step in STEPS if step not in PER_SHARD}
        if MODE == "local":
            steps = {step: command(args) for step, args in steps.items()}
        return {"run": run, **steps}

    @task(retries=0)
    def shards(run: str, params=None) -> list[dict]:
        """One item per shard (the DAG param `shards`): what the per-shard steps are mapped over."""
        count = int(params["shards"])
        return [{"run": run, "shard": f"{k}/{count}"} for k in range(1, count + 1)]

    steps = night()
    items = shards(steps["run"])
    tasks = []
    for step in STEPS:
        if step in PER_SHARD:
            tasks.append(operator().partial(task_id=step, **settings(step)).expand(**{argument(): items.map(SHARD_ARGUMENTS[step])}))
        else:
            tasks.append(operator()(task_id=step, **settings(step), **{argument(): steps[step]}))
    previous = tasks[0]
    for current in tasks[1:]:
        previous >> current
        previous = current


def argument() -> str:
    """The operator argument a step's command goes in."""
    return "bash_command" if MODE == "local" else "arguments"


def operator():
    if MODE == "local":
        from airflow.providers.standard.operators.bash import BashOperator

        return BashOperator
    from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator

    return KubernetesPodOperator


def settings(step: str) -> dict:
    """The operator settings of a step besides its command."""
    if MODE == "local":
        return {"append_env": True}
    return kubernetes_settings(step)


def kubernetes_settings(step: str) -> dict:
    from kubernetes.client import models as k8s

    mount = os.environ.get("SCOUT_MOUNT", "/srv/scout")
    resources = {"cpu": os.environ.get("SCOUT_POD_CPU", "2"), "memory": os.environ.get("SCOUT_POD_MEMORY", "8Gi")}
    env = {"SCOUT_DATA": DATA} if DATA else {}
    # One secret for every pod (each pod's own home folder would give each task its own key: docs/sharding.md).
    env["SCOUT_SECRET_FILE"] = os.environ.get("SCOUT_SECRET_FILE") or f"{mount}/config/scout/secret"
    return {
        "name": f"scout-{step}",
        "image": os.environ.get("SCOUT_IMAGE", "scout:latest"),
        "cmds": ["scout"],
        "namespace": os.environ.get("SCOUT_NAMESPACE", "scout"),
        "config_file": os.environ.get("SCOUT_KUBE_CONFIG") or None,
        "cluster_context": os.environ.get("SCOUT_KUBE_CONTEXT") or None,
        "in_cluster": not os.environ.get("SCOUT_KUBE_CONFIG"),
        "env_vars": env,
        "volumes": [k8s.V1Volume(name="scout-runs", persistent_volume_claim=k8s.V1PersistentVolumeClaimVolumeSource(
            claim_name=os.environ.get("SCOUT_PVC", "scout-runs")))],
        "volume_mounts": [k8s.V1VolumeMount(name="scout-runs", mount_path=mount)],
        "container_resources": k8s.V1ResourceRequirements(requests=resources, limits=resources),
        "labels": {"app": "scout", "scout-step": step},
        "get_logs": True,
        "on_finish_action": "delete_succeeded_pod",
    }


dag = scout_nightly()
