#!/usr/bin/env bash
# Sends a night's summary.md to people: by e-mail with the machine's mailer, and/or as a chat message to a
# webhook. Nothing is contacted unless configured through the environment:
#
#   SCOUT_SUMMARY_MAILTO=planners@agency.example     e-mail it (uses `mail`, else `sendmail`; the machine's MTA)
#   SCOUT_SUMMARY_WEBHOOK_URL=https://hooks.example/… POST it as JSON {"text": "..."} (Slack, Mattermost, Teams
#                                                     incoming webhooks accept this shape; needs curl)
#
#   pipelines/send-summary.sh runs/latest          # after `scout nightly`, e.g. from cron or ExecStartPost=
#
# Exit codes: 0 sent (or nothing configured), 1 no summary.md in the run folder, 2 a configured channel failed.
set -euo pipefail
run_dir="${1:?usage: send-summary.sh RUN_DIR}"
summary="$run_dir/summary.md"
[ -f "$summary" ] || { echo "send-summary.sh: $summary: no such file" >&2; exit 1; }
subject="$(head -n 1 "$summary" | sed 's/^# *//')"
status=0
if [ -n "${SCOUT_SUMMARY_MAILTO:-}" ]; then
    if command -v mail >/dev/null 2>&1; then
        mail -s "$subject" "$SCOUT_SUMMARY_MAILTO" <"$summary" || status=2
    elif command -v sendmail >/dev/null 2>&1; then
        { printf 'To: %s\nSubject: %s\nContent-Type: text/plain; charset=UTF-8\n\n' "$SCOUT_SUMMARY_MAILTO" "$subject"
          cat "$summary"; } | sendmail -t || status=2
    else
        echo "send-summary.sh: SCOUT_SUMMARY_MAILTO is set but neither mail nor sendmail is installed" >&2
        status=2
    fi
fi
if [ -n "${SCOUT_SUMMARY_WEBHOOK_URL:-}" ]; then
    # JSON string escaping of the file: backslash, quote, control characters, newlines.
    text="$(python3 -c 'import json,sys; print(json.dumps({"text": open(sys.argv[1], encoding="utf-8").read()}))' "$summary")"
    if ! printf '%s' "$text" | curl --fail --silent --show-error --max-time 30 -H 'Content-Type: application/json' \
            --data-binary @- "$SCOUT_SUMMARY_WEBHOOK_URL" >/dev/null; then
        echo "send-summary.sh: posting to the webhook failed" >&2
        status=2
    fi
fi
exit $status
