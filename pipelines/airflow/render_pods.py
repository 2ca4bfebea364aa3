"""Renders the Kubernetes pod of every task of scout_nightly (SCOUT_AIRFLOW_MODE=kubernetes) without a cluster.

Imports the DAG in Kubernetes mode, fills each step's arguments as the `night` and `shards` tasks would for a
sample night, builds each task's pod with the KubernetesPodOperator's own `build_pod_request_obj` (against the
kubeconfig in SCOUT_KUBE_CONFIG, which is never contacted), and checks the image, command, arguments,
environment, volume and mount, resources and labels. Writes the pods as JSON to FILE; exits 1 on a mismatch.

    SCOUT_AIRFLOW_MODE=kubernetes SCOUT_KUBE_CONFIG=dummy.yaml python render_pods.py [FILE]
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path


def main() -> int:
    assert os.environ.get("SCOUT_AIRFLOW_MODE") == "kubernetes", "set SCOUT_AIRFLOW_MODE=kubernetes"
    spec = importlib.util.spec_from_file_location("scout_nightly", Path(__file__).with_name("scout_nightly.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    dag = module.dag

    from kubernetes.client import ApiClient

    run, shards = "/srv/scout/runs/2026-11-25", 3
    creators, briefs = ["/srv/scout/exports"], "/srv/scout/briefs.csv"
    expected_image = os.environ.get("SCOUT_IMAGE", "scout:latest")
    problems: list[str] = []
    pods = {}
    for step in module.STEPS:
        task = dag.get_task(step)
        if step in module.PER_SHARD:
            items = [{"run": run, "shard": f"{k}/{shards}"} for k in range(1, shards + 1)]
            operators = [task.unmap({"arguments": module.SHARD_ARGUMENTS[step](item)}) for item in items]
        else:
            arguments = module.global_arguments(step, run, shards, creators, briefs, [])
            operators = [task]
            task.arguments = arguments
        for index, operator in enumerate(operators):
            pod = ApiClient().sanitize_for_serialization(operator.build_pod_request_obj(dry_run=True))
            name = step if len(operators) == 1 else f"{step}[{index}]"
            pods[name] = pod
            container = pod["spec"]["containers"][0]
            args = container.get("args", [])

            def check(what: str, ok: bool) -> None:
                if not ok:
                    problems.append(f"{name}: {what}")

            check(f"image {container.get('image')}", container.get("image") == expected_image)
            check(f"command {container.get('command')}", container.get("command") == ["scout"])
            check(f"arguments {args}", args[:1] == [step] and "--out" in args and args[args.index("--out") + 1] == run)
            if step in module.PER_SHARD:
                check(f"shard {args}", args[args.index("--shard") + 1] == f"{index + 1}/{shards}")
            if step == "plan":
                check(f"plan arguments {args}", args[args.index("--shards") + 1] == str(shards) and args[args.index("--briefs") + 1] == briefs)
            mounts = container.get("volumeMounts", [])
            volumes = pod["spec"].get("volumes", [])
            check(f"mount {mounts}", [m["mountPath"] for m in mounts] == [os.environ.get("SCOUT_MOUNT", "/srv/scout")])
            check(f"volume {volumes}", [v.get("persistentVolumeClaim", {}).get("claimName") for v in volumes]
                  == [os.environ.get("SCOUT_PVC", "scout-runs")])
            env = {e["name"]: e.get("value") for e in container.get("env", [])}
            if os.environ.get("SCOUT_DATA"):
                check(f"env {env}", env.get("SCOUT_DATA") == os.environ["SCOUT_DATA"])
            expected_secret = os.environ.get("SCOUT_SECRET_FILE") or os.environ.get("SCOUT_MOUNT", "/srv/scout") + "/config/scout/secret"
            check(f"secret {env}", env.get("SCOUT_SECRET_FILE") == expected_secret)
            check(f"resources {container.get('resources')}", container.get("resources", {}).get("limits", {}).get("memory")
                  == os.environ.get("SCOUT_POD_MEMORY", "8Gi"))
            check(f"labels {pod['metadata'].get('labels')}", pod["metadata"].get("labels", {}).get("scout-step") == step)
            check(f"namespace {pod['metadata'].get('namespace')}", pod["metadata"].get("namespace") == os.environ.get("SCOUT_NAMESPACE", "scout"))
            check("restart policy", pod["spec"].get("restartPolicy") == "Never")
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text(json.dumps(pods, indent=1, sort_keys=True) + "\n")
    for problem in problems:
        print("render_pods: " + problem, file=sys.stderr)
    # The kubeconfig is read (the client is configured from it) but no request is sent.
    host = dag.get_task("identity").hook.api_client.configuration.host
    print(f"render_pods: client configured for {host} from {os.environ.get('SCOUT_KUBE_CONFIG')}; nothing sent", file=sys.stderr)
    print(f"render_pods: {len(pods)} pods rendered, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
