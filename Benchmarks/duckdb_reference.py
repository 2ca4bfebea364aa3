#!/usr/bin/env python3
"""Reference implementation of Scout's CURRENT match model in DuckDB SQL, for the side-by-side benchmark.

    python duckdb_reference.py --run DIR [--data data] [--threads 2] [--out shortlists.csv] [--compare]

Reads what Scout's own score stage reads, so both see the same normalised data:
DIR/stages/normalize/accounts.csv and DIR/stages/ingest/briefs.csv, plus data/niches.csv, tiers.csv and
engagement_benchmarks.csv. Writes each brief's top K (score descending, creator id ascending) and, with
--compare, checks the top-K SETS against DIR/stages/score/candidates.csv.

Model implemented (Sources/ScoutCore/Scoring/MatchModel.swift as of the foundation commit):
  hard filters  platform, min/max followers, min engagement rate, country or audience country, language,
                excluded handle, excluded competitor words (all of the word's tokens in the creator's tokens)
  niche         best taxonomy similarity (exact 1, narrower 0.8, broader 0.5, sibling 0.4, same root 0.25)
  relevance     IDF-weighted share of keywords found (all of a keyword's tokens, or its joined form)
  engagement    rate / tier median, capped at 2, halved; above the benchmark's high 0.25; unknown 0
  total         w_niche * niche + w_relevance * relevance + w_engagement * engagement (weights sum to 1)
Each component is its own SQL step below (COMPONENT_SQL); to follow a model change, edit that step and,
if it needs new inputs, prepare them in `prepare()`.

What is not SQL: tokenising text (Scout's TextTokens: NFKC, lower case, accents stripped, letter/digit
runs, CJK bigrams) and resolving niche labels through the taxonomy's synonyms are done in Python before
loading, because DuckDB has no NFKC/diacritic folding. Python's Unicode tables and Foundation's can differ
on rare characters, so a few tokens may differ; the comparison reports every mismatch.
"""
import argparse, csv, math, os, sys, time, unicodedata

import duckdb


def fold(text):
    """NicheTaxonomy.fold: NFKC, lower case, `&`-free spacing with `_` and `-` as spaces, trimmed."""
    out, pending = [], False
    for ch in unicodedata.normalize("NFKC", text).lower():
        if ch.isspace() or ch in "_-":
            pending = bool(out)
        else:
            if pending:
                out.append(" ")
            pending = False
            out.append(ch)
    return "".join(out)


def unspaced(ch):
    o = ord(ch)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF
            or 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x0E00 <= o <= 0x0E7F or 0x31F0 <= o <= 0x31FF)


def tokens(text):
    """TextTokens.tokens."""
    folded = unicodedata.normalize("NFKC", text).lower()
    folded = unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", folded) if unicodedata.category(c) != "Mn"))
    out, word, run = [], [], []

    def flush_word():
        if word:
            out.append("".join(word)); word.clear()

    def flush_cjk():
        if len(run) == 1:
            out.append(run[0])
        for i in range(len(run) - 1):
            out.append(run[i] + run[i + 1])
        run.clear()

    for ch in folded:
        if unspaced(ch):
            flush_word(); run.append(ch)
        elif ch.isalpha() or ch.isnumeric():
            flush_cjk(); word.append(ch)
        else:
            flush_word()
            if ch != "ー":
                flush_cjk()
    flush_word(); flush_cjk()
    return out


def load_taxonomy(path):
    nodes, by_synonym, synonyms = {}, {}, {}
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        nodes[r["id"]] = r["parent"] or None
    for r in rows:
        by_synonym[fold(r["id"])] = r["id"]
        by_synonym[fold(r["label"])] = r["id"]
        leaf = fold(r["id"].split("/")[-1])
        by_synonym.setdefault(leaf, r["id"])
        for s in r["synonyms"].split("|"):
            if s:
                synonyms[fold(s)] = r["id"]
    by_synonym.update(synonyms)
    return nodes, by_synonym


def ancestors(nodes, node):
    out, current = [], nodes.get(node)
    while current and current not in out:
        out.append(current); current = nodes.get(current)
    return out


def similarity(nodes, brief, creator):
    if brief == creator: return 1.0
    ca, ba = ancestors(nodes, creator), ancestors(nodes, brief)
    if brief in ca: return 0.8
    if creator in ba: return 0.5
    if nodes.get(brief) is not None and nodes.get(brief) == nodes.get(creator): return 0.4
    if ba and ca and ba[-1] == ca[-1]: return 0.25
    return 0.0


def parse_handle(text):
    """HandleParsing.parse, simplified to the forms briefs use (@name, name, profile URLs)."""
    value = unicodedata.normalize("NFKC", text).strip()
    if not value: return None
    low = value.lower()
    if low.startswith(("http://", "https://", "www.")) or "/" in low:
        rest = low.split("://", 1)[-1].split("?")[0].split("#")[0]
        parts = [p for p in rest.split("/") if p][1:]
        parts = [p for p in parts if p not in ("p", "reel", "reels", "stories", "tv")] or parts
        if not parts: return None
        value = next((p for p in parts if p.startswith("@")), parts[0])
    value = value.lstrip("@").lower()
    return " ".join(value.split()) or None


def prepare(con, run_dir, data_dir):
    nodes, by_synonym = load_taxonomy(os.path.join(data_dir, "niches.csv"))
    con.execute("CREATE TABLE niche_sim(brief_niche VARCHAR, creator_niche VARCHAR, score DOUBLE)")
    con.executemany("INSERT INTO niche_sim VALUES (?, ?, ?)",
                    [(b, c, s) for b in nodes for c in nodes if (s := similarity(nodes, b, c)) > 0])

    accounts, account_tokens, account_niches = [], [], []
    with open(os.path.join(run_dir, "stages/normalize/accounts.csv"), newline="", encoding="utf-8") as f:
        for aid, r in enumerate(csv.DictReader(f)):
            accounts.append(r)
            hashtags = [h for h in r["hashtags"].split("|") if h]
            text = " ".join([r["bio"], r["captions"], " ".join(hashtags), r["display_name"]])
            toks = set(tokens(text))
            toks.update("".join(tokens(h)) for h in hashtags)
            account_tokens.extend((aid, t) for t in toks)
            seen = []
            for label in (l for l in r["niches"].split("|") if l):
                nid = by_synonym.get(fold(label))
                if nid and nid not in seen:
                    seen.append(nid); account_niches.append((aid, nid))
    n = len(accounts)

    def num(v): return float(v) if v != "" else None

    cols = ["aid", "account_id", "platform", "handle", "followers", "likes", "comments", "shares", "saves", "engagements",
            "stated_rate", "country", "audience_country", "language"]
    rows = [(i, a["id"], a["platform"], a["handle"], int(a["followers"]), num(a["avg_likes"]), num(a["avg_comments"]),
             num(a["avg_shares"]), num(a["avg_saves"]), num(a["avg_engagements"]), num(a["engagement_rate"]), a["country"],
             a["audience_country"], a["language"]) for i, a in enumerate(accounts)]
    load(con, "accounts_raw", cols, rows,
         "aid INTEGER, account_id VARCHAR, platform VARCHAR, handle VARCHAR, followers BIGINT, likes DOUBLE, comments DOUBLE, "
         "shares DOUBLE, saves DOUBLE, engagements DOUBLE, stated_rate DOUBLE, country VARCHAR, audience_country VARCHAR, language VARCHAR")
    load(con, "account_tokens", ["aid", "token"], account_tokens, "aid INTEGER, token VARCHAR")
    load(con, "account_niches", ["aid", "niche"], account_niches, "aid INTEGER, niche VARCHAR")

    # IDF in SQL, exactly Scout's formula: ln(1 + N / (1 + df)).
    con.execute(f"CREATE TABLE idf AS SELECT token, ln(1 + {n}.0 / (1 + count(*))) AS idf FROM account_tokens GROUP BY token")
    idf = dict(con.execute("SELECT token, idf FROM idf").fetchall())

    briefs, b_platforms, b_countries, b_languages, b_niches, b_keywords, b_handles, b_words = [], [], [], [], [], [], [], []
    with open(os.path.join(run_dir, "stages/ingest/briefs.csv"), newline="", encoding="utf-8") as f:
        for bid, r in enumerate(csv.DictReader(f)):
            overrides = {k[2:]: float(v) for k, v in r.items() if k.startswith("w_") and v != ""}
            w = [overrides.get("niche", 0.40), overrides.get("relevance", 0.30), overrides.get("engagement", 0.30)]
            total = sum(w)
            if total > 0: w = [x / total for x in w]
            keywords = [(k, t) for k in r["keywords"].split("|") if k and (t := tokens(k))]
            # Scout sums the weights in keyword order; so does this (Python floats are IEEE doubles too).
            weights = [max(idf.get(t, 1.0) for t in toks) for _, toks in keywords]
            kw_total = 0.0
            for x in weights: kw_total += x
            briefs.append((bid, r["brief_id"], num(r["min_followers"]), num(r["max_followers"]), num(r["min_engagement_rate"]),
                           int(r["shortlist_size"] or 10), w[0], w[1], w[2], kw_total))
            for p in dict.fromkeys(r["platforms"].split("|") if r["platforms"] else ["instagram", "tiktok", "youtube", "twitch", "x", "facebook",
                                                                          "pinterest", "snapchat", "threads", "linkedin"]):
                b_platforms.append((bid, p))
            b_countries.extend((bid, c) for c in set(filter(None, r["countries"].split("|"))))
            b_languages.extend((bid, l) for l in set(filter(None, r["languages"].split("|"))))
            b_niches.extend((bid, nid) for nid in {by_synonym.get(fold(l)) for l in r["niches"].split("|") if l} if nid)
            for k, ((_, toks), weight) in enumerate(zip(keywords, weights)):
                b_keywords.extend((bid, k, t, len(set(toks)), "".join(toks), weight) for t in set(toks))
            for e in filter(None, r["exclude"].split("|")):
                if (h := parse_handle(e)): b_handles.append((bid, h))
                b_words.extend((bid, e, t, len(set(tokens(e)))) for t in set(tokens(e)))
    load(con, "briefs", ["bid", "brief_id", "min_followers", "max_followers", "min_rate", "k", "w_niche", "w_relevance",
                         "w_engagement", "kw_total"], briefs,
         "bid INTEGER, brief_id VARCHAR, min_followers DOUBLE, max_followers DOUBLE, min_rate DOUBLE, k INTEGER, "
         "w_niche DOUBLE, w_relevance DOUBLE, w_engagement DOUBLE, kw_total DOUBLE")
    load(con, "brief_platforms", ["bid", "platform"], b_platforms, "bid INTEGER, platform VARCHAR")
    load(con, "brief_countries", ["bid", "code"], b_countries, "bid INTEGER, code VARCHAR")
    load(con, "brief_languages", ["bid", "code"], b_languages, "bid INTEGER, code VARCHAR")
    load(con, "brief_niches", ["bid", "niche"], b_niches, "bid INTEGER, niche VARCHAR")
    load(con, "brief_keywords", ["bid", "kw", "token", "n_tokens", "joined", "weight"], b_keywords,
         "bid INTEGER, kw INTEGER, token VARCHAR, n_tokens INTEGER, joined VARCHAR, weight DOUBLE")
    load(con, "brief_handles", ["bid", "handle"], b_handles, "bid INTEGER, handle VARCHAR")
    load(con, "brief_words", ["bid", "word", "token", "n_tokens"], b_words, "bid INTEGER, word VARCHAR, token VARCHAR, n_tokens INTEGER")
    con.execute(f"CREATE TABLE tiers AS SELECT * FROM read_csv('{data_dir}/tiers.csv', header=true, all_varchar=true)")
    con.execute(f"CREATE TABLE benchmarks AS SELECT * FROM read_csv('{data_dir}/engagement_benchmarks.csv', header=true, all_varchar=true)")
    return n, len(briefs)


def load(con, name, cols, rows, schema):
    """Bulk-loads Python rows through a temporary CSV (far faster than executemany)."""
    path = f"/tmp/duckdb-ref-{os.getpid()}-{name}.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        w.writerows(("" if v is None else v for v in row) for row in rows)
    types = ", ".join(f"'{c}': '{t.split()[1]}'" for c, t in zip(cols, [s.strip() for s in schema.split(",")]))
    con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_csv('{path}', header=true, columns={{{types}}}, quote='\"', escape='\"')")
    os.remove(path)


COMPONENT_SQL = [
    # Accounts: tier (platform's own tier rows, else '*'), benchmark, engagement rate and the engagement component.
    """CREATE TABLE accounts AS
    WITH a AS (
      SELECT *, CASE WHEN stated_rate IS NOT NULL THEN stated_rate
                     WHEN followers > 0 AND NOT (likes IS NULL AND comments IS NULL)
                       THEN (coalesce(likes,0) + coalesce(comments,0) + coalesce(shares,0) + coalesce(saves,0)) / followers
                     WHEN followers > 0 THEN engagements / followers END AS rate
      FROM accounts_raw),
    t AS (
      SELECT a.aid, t.tier FROM a JOIN tiers t
        ON t.platform = CASE WHEN EXISTS (SELECT 1 FROM tiers x WHERE x.platform = a.platform) THEN a.platform ELSE '*' END
       AND a.followers >= CAST(t.min_followers AS BIGINT)
       AND (t.max_followers IS NULL OR t.max_followers = '' OR a.followers < CAST(t.max_followers AS BIGINT))
      QUALIFY row_number() OVER (PARTITION BY a.aid ORDER BY CAST(t.min_followers AS BIGINT)) = 1)
    SELECT a.*, t.tier,
      CASE WHEN a.rate IS NULL OR bm.median IS NULL THEN 0.0
           WHEN a.rate > bm.high THEN 0.25
           ELSE least(a.rate / bm.median, 2.0) / 2 END AS engagement
    FROM a LEFT JOIN t USING (aid)
    LEFT JOIN (SELECT platform, tier, CAST(median_er AS DOUBLE) AS median, CAST(high_er AS DOUBLE) AS high FROM benchmarks) bm
      ON bm.tier = t.tier AND bm.platform = coalesce(
         (SELECT b2.platform FROM benchmarks b2 WHERE b2.platform = a.platform AND b2.tier = t.tier), '*')""",
    # Hard filters: platform (equi-join), followers, minimum engagement, country or audience country, language.
    """CREATE TABLE candidates AS
    SELECT b.bid, a.aid FROM briefs b
    JOIN brief_platforms bp ON bp.bid = b.bid
    JOIN accounts a ON a.platform = bp.platform
    WHERE (b.min_followers IS NULL OR a.followers >= b.min_followers)
      AND (b.max_followers IS NULL OR a.followers <= b.max_followers)
      AND (b.min_rate IS NULL OR coalesce(a.rate, 0) >= b.min_rate)
      AND (NOT EXISTS (SELECT 1 FROM brief_countries c WHERE c.bid = b.bid)
           OR EXISTS (SELECT 1 FROM brief_countries c WHERE c.bid = b.bid AND (c.code = a.country OR c.code = a.audience_country)))
      AND (NOT EXISTS (SELECT 1 FROM brief_languages l WHERE l.bid = b.bid)
           OR EXISTS (SELECT 1 FROM brief_languages l WHERE l.bid = b.bid AND l.code = a.language))""",
    # Hard filters: excluded handles and competitor words.
    """DELETE FROM candidates c WHERE EXISTS (
         SELECT 1 FROM brief_handles h JOIN accounts a ON a.handle = h.handle WHERE h.bid = c.bid AND a.aid = c.aid)
       OR EXISTS (
         SELECT 1 FROM (SELECT w.bid, w.word, t.aid, count(DISTINCT w.token) AS hit, any_value(w.n_tokens) AS n
                        FROM brief_words w JOIN account_tokens t ON t.token = w.token GROUP BY ALL) x
         WHERE x.bid = c.bid AND x.aid = c.aid AND x.hit = x.n)""",
    # Niche: best similarity between any brief niche and any creator niche.
    """CREATE TABLE niche AS
    SELECT bn.bid, an.aid, max(s.score) AS niche
    FROM brief_niches bn JOIN niche_sim s ON s.brief_niche = bn.niche JOIN account_niches an ON an.niche = s.creator_niche
    GROUP BY ALL""",
    # Relevance: a keyword is found when all its tokens, or its joined form, are among the creator's tokens.
    """CREATE TABLE relevance AS
    WITH by_tokens AS (
      SELECT k.bid, k.kw, t.aid FROM brief_keywords k JOIN account_tokens t ON t.token = k.token
      GROUP BY k.bid, k.kw, t.aid HAVING count(DISTINCT k.token) = any_value(k.n_tokens)),
    by_joined AS (
      SELECT DISTINCT k.bid, k.kw, t.aid FROM (SELECT DISTINCT bid, kw, joined FROM brief_keywords) k
      JOIN account_tokens t ON t.token = k.joined),
    found AS (SELECT * FROM by_tokens UNION SELECT * FROM by_joined)
    SELECT f.bid, f.aid, sum(w.weight ORDER BY f.kw) AS found
    FROM found f JOIN (SELECT DISTINCT bid, kw, weight FROM brief_keywords) w USING (bid, kw)
    GROUP BY ALL""",
    # Total and top K per brief, ties by creator id.
    """CREATE TABLE shortlist AS
    SELECT b.brief_id, a.account_id,
      b.w_niche * coalesce(n.niche, 0)
      + b.w_relevance * CASE WHEN b.kw_total > 0 THEN coalesce(r.found, 0) / b.kw_total ELSE 0 END
      + b.w_engagement * a.engagement AS score,
      row_number() OVER (PARTITION BY b.bid ORDER BY score DESC, a.account_id) AS rank
    FROM candidates c JOIN briefs b USING (bid) JOIN accounts a USING (aid)
    LEFT JOIN niche n ON n.bid = c.bid AND n.aid = c.aid
    LEFT JOIN relevance r ON r.bid = c.bid AND r.aid = c.aid
    QUALIFY rank <= b.k""",
]


def compare(con, run_dir):
    scout = {}
    with open(os.path.join(run_dir, "stages/score/candidates.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            scout.setdefault(r["brief_id"], {})[r["creator_id"]] = float(r["score"])
    duck = {}
    for brief, account, score in con.execute("SELECT brief_id, account_id, score FROM shortlist").fetchall():
        duck.setdefault(brief, {})[account] = score
    briefs = sorted(set(scout) | set(duck))
    mismatched = 0
    for b in briefs:
        s, d = scout.get(b, {}), duck.get(b, {})
        if set(s) != set(d):
            mismatched += 1
            if mismatched <= 10:
                only_s, only_d = sorted(set(s) - set(d))[:3], sorted(set(d) - set(s))[:3]
                print(f"  mismatch {b}: scout-only {[(x, s[x]) for x in only_s]} duckdb-only {[(x, round(d[x], 6)) for x in only_d]}")
    max_diff = max((abs(s[a] - duck[b][a]) for b, s in scout.items() for a in s if a in duck.get(b, {})), default=0.0)
    print(f"compare: {len(briefs)} briefs, {len(briefs) - mismatched} identical top-K sets, {mismatched} differ; "
          f"max |score difference| on shared entries {max_diff:.2e}")
    return mismatched


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--run", required=True)
    p.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data"))
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--memory-limit", default="8GB")
    p.add_argument("--out")
    p.add_argument("--compare", action="store_true")
    a = p.parse_args()
    con = duckdb.connect()
    con.execute(f"SET threads = {a.threads}")
    con.execute(f"SET memory_limit = '{a.memory_limit}'")  # spills to disk beyond this (shared machine)
    con.execute("SET temp_directory = '/tmp/duckdb-ref-spill'")
    t0 = time.time()
    n, b = prepare(con, a.run, os.path.abspath(a.data))
    t1 = time.time()
    for sql in COMPONENT_SQL:
        con.execute(sql)
    t2 = time.time()
    rows = con.execute("SELECT count(*) FROM shortlist").fetchone()[0]
    print(f"duckdb: {n} accounts x {b} briefs -> {rows} shortlisted; prepare (python tokenise + load) {t1 - t0:.2f} s, "
          f"SQL scoring {t2 - t1:.2f} s, total {t2 - t0:.2f} s")
    if a.out:
        con.execute(f"COPY (SELECT brief_id, rank, account_id, score FROM shortlist ORDER BY brief_id, rank) TO '{a.out}' (HEADER)")
    if a.compare:
        sys.exit(1 if compare(con, a.run) else 0)


if __name__ == "__main__":
    main()
