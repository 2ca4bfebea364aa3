#!/usr/bin/env python3
"""Scout's quality on labelled creators: authenticity against fake/real labels, niche briefs against categories.

Runs the real `scout run` on each labelled CSV (see README.md for the format) and prints, beside trivial baselines:

- authenticity: ROC AUC of Scout's authenticity score (low = suspicious) against `label_fake`;
- niche briefs: for every category with at least --min-category creators, one brief asking for that niche
  (niches only, no keywords), and precision@20 / @100 of its shortlist against `label_category`.

Standard library only. Usage:

    Benchmarks/quality/evaluate.py --scout .build/debug/scout Benchmarks/quality/data/labelled_sample.csv
    Benchmarks/quality/evaluate.py --scout scout --platform instagram --hide-column niches my_labelled.csv
"""
import argparse
import csv
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def auc(suspicion, fake):
    """P(a fake account is more suspicious than a real one), ties counting half (Mann-Whitney U / n1 n0)."""
    pairs = sorted(zip(suspicion, fake), key=lambda p: p[0])
    rank_sum, i, n = 0.0, 0, len(pairs)
    while i < n:
        j = i
        while j < n and pairs[j][0] == pairs[i][0]:
            j += 1
        mid = (i + 1 + j) / 2.0  # average rank of the tie block (1-based)
        rank_sum += mid * sum(1 for k in range(i, j) if pairs[k][1])
        i = j
    n1 = sum(1 for f in fake if f)
    n0 = n - n1
    if n1 == 0 or n0 == 0:
        return float("nan")
    return (rank_sum - n1 * (n1 + 1) / 2.0) / (n1 * n0)


def number(text):
    text = (text or "").strip().replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def fold(label):
    text = unicodedata.normalize("NFKC", label).lower()
    for ch in "_-&":
        text = text.replace(ch, " ")
    return " ".join(text.split())


def taxonomy(data_dir):
    """Label -> niche id, the way Scout resolves niches (ids, labels, leaves and synonyms)."""
    resolve = {}
    with open(os.path.join(data_dir, "niches.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names = [row["id"], row["label"], row["id"].split("/")[-1]] + row["synonyms"].split("|")
            for name in names:
                resolve.setdefault(fold(name), row["id"])
    return resolve


def run_scout(args, creators_path, briefs_rows, out, min_authenticity):
    briefs_path = os.path.join(out, "briefs.csv")
    with open(briefs_path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["brief_id", "brand", "niches", "shortlist_size"])
        writer.writerows(briefs_rows)
    command = [args.scout, "run", "--creators", creators_path, "--briefs", briefs_path, "--out", os.path.join(out, "run"),
               "--data", args.data, "--min-authenticity", str(min_authenticity)]
    if args.platform:
        command += ["--platform", args.platform]
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if done.returncode not in (0, 3):
        sys.exit("scout failed (%d): %s" % (done.returncode, done.stderr[-2000:]))
    run = os.path.join(out, "run")
    # Input line of each account: the first `sources` entry of stages/normalize/accounts.csv is the row that won.
    # Baselines read the values Scout read (whatever the set's header names), from the same file.
    line_of, values = {}, {}
    with open(os.path.join(run, "stages/normalize/accounts.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            first = row["sources"].split("|")[0]
            line = int(first.rsplit(":", 1)[1])
            line_of[row["id"]] = line
            values[line] = row
    with open(os.path.join(run, "shortlists.csv"), newline="", encoding="utf-8-sig") as f:
        shortlists = list(csv.DictReader(f))
    return line_of, shortlists, values


def rate_of(row):
    followers = number(row.get("followers"))
    likes = number(row.get("avg_likes"))
    if not followers or likes is None:
        return None
    return (likes + (number(row.get("avg_comments")) or 0)) / followers


def evaluate_authenticity(args, path, rows, lines):
    fake = [row["label_fake"].strip() in ("1", "true", "TRUE", "yes", "fake") for row in rows]
    if len(set(fake)) < 2:
        return
    out = tempfile.mkdtemp(prefix="scout-quality-")
    try:
        line_of, shortlists, values = run_scout(args, path, [["all", "Everyone", "", str(min(10000, len(rows)))]], out, 0)
        score_of_line, confidence, verdict = {}, [], {}
        for item in shortlists:
            line = line_of[item["creator_id"]]
            score_of_line[line] = float(item["authenticity"])
            confidence.append(float(item.get("authenticity_confidence") or "nan"))
            verdict[line] = "needs a check" in item["why"]
        scored = [i for i, line in enumerate(lines) if line in score_of_line]
        if len(scored) < len(rows):
            print("  note: %d of %d rows were merged or quarantined by Scout and are left out" % (len(rows) - len(scored), len(rows)))
        labels = [fake[i] for i in scored]
        results = [("Scout authenticity (low = suspicious)", [-score_of_line[lines[i]] for i in scored])]
        read = [values[lines[i]] for i in scored]  # each creator as Scout read it
        def column(name, sign):
            found = [number(row.get(name)) for row in read]
            present = [v for v in found if v is not None]
            if len(present) < len(found) / 2:
                return None
            middle = sorted(present)[len(present) // 2]
            return [sign * (v if v is not None else middle) for v in found]
        followers = column("followers", -1)
        results.append(("fewest followers", followers))
        following = [number(row.get("following")) for row in read]
        if sum(v is not None for v in following) >= len(scored) / 2:
            ratio = [(f or 0) / max(number(row.get("followers")) or 0, 1) for f, row in zip(following, read)]
            results.append(("raw following/followers ratio", ratio))
        results.append(("fewest posts", column("posts", -1)))
        rates = [rate_of(row) for row in read]
        if sum(r is not None for r in rates) >= len(scored) / 2:
            middle = sorted(r for r in rates if r is not None)[sum(r is not None for r in rates) // 2]
            results.append(("lowest engagement rate", [-(r if r is not None else middle) for r in rates]))
        results.append(("most followers", [-v for v in followers]))
        generator = random.Random(11)
        draws = [auc([generator.random() for _ in labels], labels) for _ in range(200)]
        print("  authenticity vs label_fake: %d accounts, %d fake" % (len(labels), sum(labels)))
        print("    %-40s %s" % ("ranking", "AUC"))
        for name, suspicion in results:
            if suspicion is not None:
                print("    %-40s %.3f" % (name, auc(suspicion, labels)))
        print("    %-40s %.3f (mean of 200 seeded shuffles)" % ("random", sum(draws) / len(draws)))
        real = [score_of_line[lines[i]] for i in scored if not fake[i]]
        fakes = [score_of_line[lines[i]] for i in scored if fake[i]]
        for threshold in (0.3, 0.5, 0.75):
            print("    below %.2f: %5.1f%% of real accounts (false alarms), %5.1f%% of fake ones (caught)"
                  % (threshold, 100.0 * sum(s < threshold for s in real) / len(real), 100.0 * sum(s < threshold for s in fakes) / len(fakes)))
        flagged_real = sum(verdict[lines[i]] for i in scored if not fake[i])
        flagged_fake = sum(verdict[lines[i]] for i in scored if fake[i])
        print("    'needs a check' verdict: %5.1f%% of real accounts, %5.1f%% of fake ones; mean authenticity_confidence %.2f"
              % (100.0 * flagged_real / len(real), 100.0 * flagged_fake / len(fakes), sum(confidence) / len(confidence)))
    finally:
        if not args.keep:
            shutil.rmtree(out)


def evaluate_niches(args, path, rows, lines):
    resolve = taxonomy(args.data)
    labels = [resolve.get(fold(row.get("label_category", ""))) for row in rows]
    counts = {}
    for label in labels:
        if label:
            counts[label] = counts.get(label, 0) + 1
    categories = sorted(c for c, n in counts.items() if n >= args.min_category)
    if not categories:
        return
    out = tempfile.mkdtemp(prefix="scout-quality-")
    try:
        briefs = [["niche-%d" % k, "Brand %d" % k, category, "100"] for k, category in enumerate(categories)]
        line_of, shortlists, values = run_scout(args, path, briefs, out, 0.3)
        row_of_line = {line: i for i, line in enumerate(lines)}
        by_brief = {}
        for item in shortlists:
            by_brief.setdefault(item["brief_id"], []).append(row_of_line.get(line_of[item["creator_id"]]))
        read = [values.get(line, {}) for line in lines]
        rates = [rate_of(row) for row in read]
        followers = [number(row.get("followers")) or 0 for row in read]
        print("  niche briefs vs label_category: %d categories with >= %d creators, %d labelled creators"
              % (len(categories), args.min_category, sum(1 for l in labels if l)))
        print("    %-28s %8s %8s %8s %8s %8s %8s %8s" % ("category (creators)", "Scout@20", "@100", "random", "follow@20", "ER@20",
                                                  "returned", "correct"))
        totals = {"scout20": 0, "scout100": 0, "random20": 0, "followers20": 0, "followers100": 0, "er20": 0, "er100": 0}
        for k, category in enumerate(categories):
            listed = by_brief.get("niche-%d" % k, [])
            def precision(indices, n):
                return sum(1 for i in indices[:n] if i is not None and labels[i] == category) / float(n)
            by_followers = sorted(range(len(rows)), key=lambda i: (-followers[i], i))
            by_rate = sorted(range(len(rows)), key=lambda i: (-(rates[i] if rates[i] is not None else -1), i))
            share = counts[category] / float(len(rows))
            values = (precision(listed, 20), precision(listed, 100), share, precision(by_followers, 20), precision(by_rate, 20))
            totals["scout20"] += values[0]; totals["scout100"] += values[1]; totals["random20"] += share
            totals["followers20"] += values[3]; totals["followers100"] += precision(by_followers, 100)
            totals["er20"] += values[4]; totals["er100"] += precision(by_rate, 100)
            right = sum(1 for i in listed if i is not None and labels[i] == category)
            print("    %-28s %8.2f %8.2f %8.2f %8.2f %8.2f %8d %7.0f%%" % ("%s (%d)" % (category, counts[category]), *values, len(listed),
                                                                     100.0 * right / max(len(listed), 1)))
        n = float(len(categories))
        print("    %-28s %8.2f %8.2f %8.2f %8.2f %8.2f" % ("mean", totals["scout20"] / n, totals["scout100"] / n, totals["random20"] / n,
                                                         totals["followers20"] / n, totals["er20"] / n))
        print("    mean @100: most followers %.2f, highest engagement %.2f, random %.2f"
              % (totals["followers100"] / n, totals["er100"] / n, totals["random20"] / n))
    finally:
        if not args.keep:
            shutil.rmtree(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="+", help="labelled creator CSVs (README.md describes the columns)")
    parser.add_argument("--scout", default=os.path.join(ROOT, ".build/debug/scout"), help="the scout binary")
    parser.add_argument("--data", default=os.path.join(ROOT, "data"), help="Scout's reference tables")
    parser.add_argument("--platform", help="platform for sets without a platform column (default: Scout's inference)")
    parser.add_argument("--hide-column", action="append", default=[],
                        help="drop this column before Scout reads the set (e.g. a stated niche column, to test inference)")
    parser.add_argument("--min-category", type=int, default=20, help="least creators a category needs to get a brief")
    parser.add_argument("--keep", action="store_true", help="keep the run directories (printed) for inspection")
    args = parser.parse_args()
    for path in args.sets:
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f)
            header = next(reader)
            raw = [r for r in reader if any(cell.strip() for cell in r)]
        hidden = [i for i, name in enumerate(header) if name in args.hide_column]
        work = tempfile.mkdtemp(prefix="scout-quality-set-")
        copy = os.path.join(work, os.path.basename(path))
        lines, line = [], 1  # the line each data record starts on in the copy (a quoted cell may hold line breaks)
        with open(copy, "w", newline="", encoding="utf-8") as f:
            for k, r in enumerate([header] + raw):
                text = io.StringIO()
                csv.writer(text, lineterminator="\n").writerow([c for i, c in enumerate(r) if i not in hidden])
                if k > 0:
                    lines.append(line)
                line += text.getvalue().count("\n")
                f.write(text.getvalue())
        rows = [dict(zip(header, r)) for r in raw]
        print("%s: %d creators%s" % (path, len(rows), " (hidden: %s)" % ", ".join(args.hide_column) if hidden else ""))
        if "label_fake" in header:
            evaluate_authenticity(args, copy, rows, lines)
        if "label_category" in header:
            evaluate_niches(args, copy, rows, lines)
        if args.keep:
            print("  kept: %s" % work)
        else:
            shutil.rmtree(work)


if __name__ == "__main__":
    main()
