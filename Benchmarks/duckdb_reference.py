#!/usr/bin/env python3
"""Reference implementation of Scout's CURRENT match model in DuckDB SQL, for the side-by-side benchmark.

    python duckdb_reference.py --run DIR [--data data] [--threads 2] [--out shortlists.csv] [--compare]

Reads what Scout's own score stage reads, so both see the same normalised data:
DIR/stages/normalize/accounts.csv and DIR/stages/ingest/briefs.csv, plus data/niches.csv, tiers.csv,
engagement_benchmarks.csv, cost_estimates.csv and currency_rates.csv. Writes each brief's top K and, with
--compare, checks the top-K SETS (and every component) against DIR/stages/score/candidates.csv.

Model implemented: the seven-component match model (Sources/ScoutCore/Scoring/MatchModel*.swift,
RelevanceIndex.swift, ScoreWeights.swift, CountryCap.swift, ScoringEngine.swift as merged after issues 4 and 5):
  hard filters  platform, min/max followers, tier, min engagement rate, country or audience country,
                language (an unknown language passes), excluded handle, competitor words, authenticity < --min-authenticity
  niche         best taxonomy similarity (exact 1, narrower 0.8, broader 0.5, sibling 0.4, same root 0.25)
  relevance     BM25 (k1 1.2, b 0.75) of the brief's weighted query (keywords 1.0 shared among their tokens,
                brand 0.5, description words 0.3; joined multi-word keywords as alternates) over the account's
                document, idf and average length from the night's accounts, divided by the ideal score, capped at 1
  engagement    min(rate / tier median, 2) / 2; above the tier's high 0.5; no data 0.25
  authenticity  1 - penalties (mass following, ER far below / above tier, comments/likes, heavy sponsored)
  audience      country part (1 / 0.8 audience country / 0) x language part (1 / 0.9 inferred / 0.5 unknown / 0)
  commercial    0.85 x budget fit (budget / K vs the post cost, estimates from cost_estimates.csv, currencies
                converted) + 0.15 x min(1, 0.5 x the night's median cost per engagement / own)
  affinity      1 when the creator tags the brand, 0.8 when the text names it
  total         ScoreWeights (defaults, per-brief w_* overrides, divided by their sum), Swift's order of additions
  shortlist     ties by creator id; a pool of K (5 K with max_per_country) x the most accounts of one person,
                each person's best account (person_id), at most max_per_country per country, then the first K
Each step is one SQL statement in COMPONENT_SQL; to follow a model change, edit that step and, if it needs
new inputs, prepare them in `prepare()`. Constants are cast to DOUBLE (DuckDB reads 0.85 as DECIMAL) and
sums keep Swift's order, so scores agree to the last bit.

What is not SQL (done in Python in `prepare()`, because DuckDB has no NFKC or accent folding): tokenising text
the way TextTokens does (and the account's token bag with counts), resolving niche labels through the
taxonomy's synonyms, the brief's BM25 query terms and weights, the brand key and the tagged keys
(`@name`/`#tag`, mentions, hashtags), the language read off the bio's script, parsing excluded handles and
ScoreWeights' normalisation. Python's Unicode tables and Foundation's can differ on rare characters; the
comparison reports every mismatch.
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


def strip_accents(text):
    """Foundation's diacritic-insensitive folding: combining marks dropped, except the kana voicing marks
    (U+3099, U+309A), which Foundation keeps (`ビ` stays `ビ`; Python's plain NFD filter would give `ヒ`)."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", text)
                                                if unicodedata.category(c) != "Mn" or c in "\u3099\u309a"))


def unspaced(ch):
    o = ord(ch)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF
            or 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x0E00 <= o <= 0x0E7F or 0x31F0 <= o <= 0x31FF)


def tokens(text):
    """TextTokens.tokens."""
    folded = unicodedata.normalize("NFKC", text).lower()
    folded = strip_accents(folded)
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


def key(text):
    """MatchModel.key: NFKC, lower case, accents folded, letters and digits only (`#Verde_Mesa` -> `verdemesa`)."""
    folded = unicodedata.normalize("NFKC", text).lower()
    folded = strip_accents(folded)
    return "".join(c for c in folded if c.isalpha() or c.isnumeric())


def tags_in(text):
    """MatchModel.tags(in:): `@name` / `#tag` words without the sign, plus the part before a dot."""
    result, current = [], None
    for ch in text + " ":
        if ch in "@#＠＃":
            if current: result.append(current)
            current = ""
        elif current is not None and (ch.isalpha() or ch.isnumeric() or ch in "._"):
            current += ch
        elif current is not None:
            if current: result.append(current)
            current = None
    return result + [t.split(".", 1)[0] for t in result if "." in t]


def inferred_language(bio, captions):
    """MatchModel.language(of:) for an account without a stated language: the script of bio + captions."""
    for ch in bio + " " + captions:
        o = ord(ch)
        if 0x3040 <= o <= 0x30FF: return "ja"
        if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF: return "ko"
        if 0x0E00 <= o <= 0x0E7F: return "th"
        if 0x0600 <= o <= 0x06FF: return "ar"
    return ""


FUNCTION_WORDS = set("""the and for with who that this from their your our are into new wants want looking creators creator content
post posts launch launching los las del con para por una que des les pour avec une und der die das mit fur dos com uma sem without
not""".split())
WEIGHT_NAMES = ["niche", "relevance", "engagement", "authenticity", "audience", "commercial", "affinity"]
DEFAULT_WEIGHTS = [0.25, 0.20, 0.15, 0.15, 0.10, 0.10, 0.05]


def score_weights(overrides):
    """ScoreWeights(overrides:): defaults overridden, then divided by their sum (summed left to right)."""
    values = [overrides.get(n, d) for n, d in zip(WEIGHT_NAMES, DEFAULT_WEIGHTS)]
    total = 0.0
    for v in values: total += v
    return [v / total for v in values] if total > 0 else list(DEFAULT_WEIGHTS)


def relevance_query(keywords, brand, description):
    """RelevanceQuery: ordered (token, weight, is_keyword, alternates) terms and the tokenised keywords."""
    weights, alternates, order, kws = {}, {}, [], []

    def add(token, weight, is_keyword):
        if token not in weights: order.append(token)
        old = weights.get(token, (0.0, False))
        weights[token] = (max(old[0], weight), old[1] or is_keyword)
    for keyword in keywords:
        toks = tokens(keyword)
        if not toks: continue
        kws.append(toks)
        for t in toks:
            add(t, 1.0 / len(toks), True)
            if len(toks) > 1 and not unspaced(toks[0][0]): alternates.setdefault(t, []).append("".join(toks))
    brand_tokens = tokens(brand)
    for t in brand_tokens: add(t, 0.5 / len(brand_tokens), False)
    for t in tokens(description):
        if not ((len(t) < 3 and t.isascii()) or t in FUNCTION_WORDS): add(t, 0.3, False)
    return [(t, weights[t][0], weights[t][1], alternates.get(t, [])) for t in order], kws


def prepare(con, run_dir, data_dir):
    """Everything that needs Unicode text handling, in Python; the numbers are all computed in SQL."""
    nodes, by_synonym = load_taxonomy(os.path.join(data_dir, "niches.csv"))
    con.execute("CREATE TABLE niche_sim(brief_niche VARCHAR, creator_niche VARCHAR, score DOUBLE)")
    con.executemany("INSERT INTO niche_sim VALUES (?, ?, ?)",
                    [(b, c, s) for b in nodes for c in nodes if (s := similarity(nodes, b, c)) > 0])

    def num(v): return float(v) if v != "" else None

    accounts, account_doc, account_extra, account_niches, account_tagged = [], [], [], [], []
    with open(os.path.join(run_dir, "stages/normalize/accounts.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            aid = len(accounts)
            hashtags = [h for h in r["hashtags"].split("|") if h]
            mentions = [m for m in r["brand_mentions"].split("|") if m]
            joined_tags = ["".join(tokens(h)) for h in hashtags]
            doc = {}
            length = 0
            for t in (tokens(r["bio"]) + tokens(r["captions"]) + tokens(" ".join(hashtags)) + tokens(r["display_name"])
                      + [j for j in joined_tags if j and len(tokens(j)) > 1]):
                doc[t] = doc.get(t, 0) + 1; length += 1
            account_doc.extend((aid, t, c) for t, c in doc.items())
            extra = set(joined_tags)
            for m in mentions: extra.update(tokens(m))
            account_extra.extend((aid, t) for t in extra - doc.keys())
            tagged = {k for k in map(key, mentions + hashtags + tags_in(r["bio"] + " " + r["captions"])) if k}
            account_tagged.extend((aid, k) for k in tagged)
            seen = []
            for label in (l for l in r["niches"].split("|") if l):
                nid = by_synonym.get(fold(label))
                if nid and nid not in seen:
                    seen.append(nid); account_niches.append((aid, nid))
            language, inferred = (r["language"], False) if r["language"] else (inferred_language(r["bio"], r["captions"]), True)
            following = num(r["following"])
            accounts.append((aid, r["id"], r["platform"], r["handle"], int(r["followers"]),
                             None if following is None else int(following), num(r["avg_likes"]), num(r["avg_comments"]),
                             num(r["avg_shares"]), num(r["avg_saves"]), num(r["avg_engagements"]), num(r["engagement_rate"]),
                             r["country"], r["audience_country"], language, bool(language) and inferred, num(r["sponsored_ratio"]),
                             num(r["est_cost"]), r["currency"], r["person_id"] or "p:" + r["id"], length))
    n = len(accounts)
    load(con, "accounts_raw", accounts,
         "aid INTEGER, account_id VARCHAR, platform VARCHAR, handle VARCHAR, followers BIGINT, following BIGINT, likes DOUBLE, "
         "comments DOUBLE, shares DOUBLE, saves DOUBLE, engagements DOUBLE, stated_rate DOUBLE, country VARCHAR, audience_country VARCHAR, "
         "language VARCHAR, language_inferred BOOLEAN, sponsored DOUBLE, est_cost DOUBLE, currency VARCHAR, person VARCHAR, doc_length BIGINT")
    load(con, "account_doc", account_doc, "aid INTEGER, token VARCHAR, tf BIGINT")
    load(con, "account_extra", account_extra, "aid INTEGER, token VARCHAR")
    load(con, "account_niches", account_niches, "aid INTEGER, niche VARCHAR")
    load(con, "account_tagged", account_tagged, "aid INTEGER, key VARCHAR")

    briefs, b_platforms, b_countries, b_languages, b_tiers, b_niches = [], [], [], [], [], []
    b_terms, b_forms, b_brand, b_handles, b_words = [], [], [], [], []
    all_platforms = ["instagram", "tiktok", "youtube", "twitch", "x", "facebook", "pinterest", "snapchat", "threads", "linkedin"]
    with open(os.path.join(run_dir, "stages/ingest/briefs.csv"), newline="", encoding="utf-8") as f:
        for bid, r in enumerate(csv.DictReader(f)):
            w = score_weights({k[2:]: float(v) for k, v in r.items() if k.startswith("w_") and v != ""})
            keywords = [k for k in r["keywords"].split("|") if k]
            terms, kws = relevance_query(keywords, r["brand"], r["description"])
            k = int(r["shortlist_size"] or 10)
            cap = int(r["max_per_country"]) if r.get("max_per_country") else None
            brand_tokens = tokens(r["brand"])
            briefs.append((bid, r["brief_id"], num(r["min_followers"]), num(r["max_followers"]), num(r["min_engagement_rate"]), k,
                           *w, bool(kws), num(r["budget"]), r["currency"] or "USD", key(r["brand"]), len(set(brand_tokens)),
                           cap, k * 5 if cap is not None else k))
            b_platforms.extend((bid, p) for p in dict.fromkeys(r["platforms"].split("|") if r["platforms"] else all_platforms))
            b_countries.extend((bid, c) for c in set(filter(None, r["countries"].split("|"))))
            b_languages.extend((bid, l) for l in set(filter(None, r["languages"].split("|"))))
            b_tiers.extend((bid, t) for t in set(filter(None, r.get("tier", "").split("|"))))
            b_niches.extend((bid, nid) for nid in {by_synonym.get(fold(l)) for l in r["niches"].split("|") if l} if nid)
            for i, (token, weight, is_keyword, alternates) in enumerate(terms):
                b_terms.append((bid, i, token, weight, is_keyword))
                b_forms.append((bid, i, token, False))
                b_forms.extend((bid, i, alt, True) for alt in dict.fromkeys(alternates))
            b_brand.extend((bid, t) for t in set(brand_tokens))
            for e in filter(None, r["exclude"].split("|")):
                if (h := parse_handle(e)): b_handles.append((bid, h))
                b_words.extend((bid, e, t, len(set(tokens(e)))) for t in set(tokens(e)))
    load(con, "briefs", briefs,
         "bid INTEGER, brief_id VARCHAR, min_followers DOUBLE, max_followers DOUBLE, min_rate DOUBLE, k INTEGER, " +
         ", ".join(f"w_{n} DOUBLE" for n in WEIGHT_NAMES) +
         ", has_keywords BOOLEAN, budget DOUBLE, currency VARCHAR, brand_key VARCHAR, n_brand_tokens INTEGER, cap INTEGER, pool INTEGER")
    load(con, "brief_platforms", b_platforms, "bid INTEGER, platform VARCHAR")
    load(con, "brief_countries", b_countries, "bid INTEGER, code VARCHAR")
    load(con, "brief_languages", b_languages, "bid INTEGER, code VARCHAR")
    load(con, "brief_tiers", b_tiers, "bid INTEGER, tier VARCHAR")
    load(con, "brief_niches", b_niches, "bid INTEGER, niche VARCHAR")
    load(con, "brief_terms", b_terms, "bid INTEGER, term INTEGER, token VARCHAR, weight DOUBLE, is_keyword BOOLEAN")
    load(con, "brief_term_forms", b_forms, "bid INTEGER, term INTEGER, form VARCHAR, is_alt BOOLEAN")
    load(con, "brief_brand_tokens", b_brand, "bid INTEGER, token VARCHAR")
    load(con, "brief_handles", b_handles, "bid INTEGER, handle VARCHAR")
    load(con, "brief_words", b_words, "bid INTEGER, word VARCHAR, token VARCHAR, n_tokens INTEGER")
    for table in ["tiers", "engagement_benchmarks", "cost_estimates", "currency_rates"]:
        con.execute(f"CREATE TABLE {table} AS SELECT * FROM read_csv('{data_dir}/{table}.csv', header=true, all_varchar=true)")
    return n, len(briefs)


def load(con, name, rows, schema):
    """Bulk-loads Python rows through a temporary CSV (far faster than executemany)."""
    path = f"/tmp/duckdb-ref-{os.getpid()}-{name}.csv"
    cols = [c.split()[0] for c in schema.split(", ")]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        w.writerows(("" if v is None else v for v in row) for row in rows)
    types = ", ".join(f"'{c.split()[0]}': '{c.split()[1]}'" for c in schema.split(", "))
    # Empty cells are NULL except in VARCHAR columns, where Scout's empty string is a value.
    varchar = [c.split()[0] for c in schema.split(", ") if c.split()[1] == "VARCHAR"]
    force = f", force_not_null=[{', '.join(repr(c) for c in varchar)}]" if varchar else ""
    con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_csv('{path}', header=true, columns={{{types}}}, quote='\"', escape='\"'{force})")
    os.remove(path)


# DuckDB reads `0.85` as DECIMAL; every constant that takes part in arithmetic is cast to DOUBLE so each
# operation rounds as Swift's Double does. Expressions keep Swift's operation order (same rounding).
COMPONENT_SQL = [
    # Per account: tier, engagement rate, benchmark, engagement component, authenticity, cost and cost per engagement.
    """CREATE TABLE accounts AS
    WITH a AS (
      SELECT *, CASE WHEN (likes IS NOT NULL OR (comments IS NULL AND engagements IS NOT NULL)) AND followers > 0
                       AND (likes IS NOT NULL OR comments IS NOT NULL OR engagements IS NOT NULL)
                     THEN (CASE WHEN likes IS NULL AND comments IS NULL THEN engagements
                                ELSE coalesce(likes, 0.0) + coalesce(comments, 0.0) + coalesce(shares, 0.0) + coalesce(saves, 0.0) END)
                          / CAST(followers AS DOUBLE)
                     ELSE stated_rate END AS rate
      FROM accounts_raw),
    tiers AS (SELECT platform, tier, CAST(min_followers AS BIGINT) AS lo, CAST(nullif(max_followers, '') AS BIGINT) AS hi FROM tiers),
    t AS (
      SELECT a.aid, t.tier FROM a JOIN tiers t
        ON t.platform = CASE WHEN EXISTS (SELECT 1 FROM tiers x WHERE x.platform = a.platform) THEN a.platform ELSE '*' END
       AND a.followers >= t.lo AND (t.hi IS NULL OR a.followers < t.hi)
      QUALIFY row_number() OVER (PARTITION BY a.aid ORDER BY t.lo) = 1),
    bm AS (SELECT platform, tier, CAST(median_er AS DOUBLE) AS median, CAST(low_er AS DOUBLE) AS low, CAST(high_er AS DOUBLE) AS high
           FROM engagement_benchmarks),
    ce AS (SELECT lower(platform) AS platform, tier, CAST(cost_usd AS DOUBLE) AS usd FROM cost_estimates),
    b AS (
      SELECT a.*, coalesce(t.tier, 'unknown') AS tier,
        coalesce(own.median, star.median) AS median, coalesce(own.low, star.low) AS low, coalesce(own.high, star.high) AS high,
        CASE WHEN a.est_cost > 0 THEN a.est_cost ELSE coalesce(cown.usd, cstar.usd) END AS cost,
        CASE WHEN a.est_cost > 0 THEN a.currency ELSE 'USD' END AS cost_currency
      FROM a LEFT JOIN t USING (aid)
      LEFT JOIN bm own ON own.platform = a.platform AND own.tier = coalesce(t.tier, 'unknown')
      LEFT JOIN bm star ON star.platform = '*' AND star.tier = coalesce(t.tier, 'unknown')
      LEFT JOIN ce cown ON cown.platform = a.platform AND cown.tier = coalesce(t.tier, 'unknown')
      LEFT JOIN ce cstar ON cstar.platform = '*' AND cstar.tier = coalesce(t.tier, 'unknown')),
    c AS (
      SELECT b.*,
        CASE WHEN rate IS NULL OR median IS NULL THEN 0.25::DOUBLE WHEN rate > high THEN 0.5::DOUBLE
             ELSE least(rate / median, 2.0::DOUBLE) / 2.0::DOUBLE END AS engagement,
        greatest(0.0::DOUBLE, 1.0::DOUBLE - (
          0.0::DOUBLE
          + CASE WHEN following IS NULL THEN 0.0::DOUBLE
                 WHEN CAST(following AS DOUBLE) / CAST(greatest(followers, 1) AS DOUBLE) >= 2 THEN 0.75::DOUBLE
                 WHEN CAST(following AS DOUBLE) / CAST(greatest(followers, 1) AS DOUBLE) >= 1 THEN 0.4::DOUBLE
                 WHEN following > 1500 THEN 0.15::DOUBLE ELSE 0.0::DOUBLE END
          + CASE WHEN rate IS NULL OR median IS NULL THEN 0.0::DOUBLE
                 WHEN rate < low THEN CASE WHEN rate < median / 10.0::DOUBLE THEN 0.75::DOUBLE ELSE 0.35::DOUBLE END
                 WHEN rate > high THEN CASE WHEN rate > median * 6.0::DOUBLE THEN 0.75::DOUBLE ELSE 0.45::DOUBLE END
                 ELSE 0.0::DOUBLE END
          + CASE WHEN likes IS NOT NULL AND comments IS NOT NULL AND likes >= 50
                  AND (comments / likes < 0.002::DOUBLE OR comments / likes > 0.5::DOUBLE) THEN 0.2::DOUBLE ELSE 0.0::DOUBLE END
          + CASE WHEN sponsored > 0.5::DOUBLE THEN 0.15::DOUBLE ELSE 0.0::DOUBLE END)) AS authenticity,
        CASE WHEN cost IS NOT NULL AND rate IS NOT NULL AND rate > 0 AND followers > 0
              AND (cost_currency = 'USD' OR cr.usd_rate IS NOT NULL)
             THEN (CASE WHEN cost_currency = 'USD' THEN cost ELSE cost * cr.usd_rate / 1.0::DOUBLE END)
                  / (CAST(followers AS DOUBLE) * least(rate, coalesce(high, rate))) END AS cpe,
        coalesce(nullif(b.country, ''), b.audience_country) AS cap_country
      FROM b LEFT JOIN (SELECT upper(currency) AS currency, CAST(usd_per_unit AS DOUBLE) AS usd_rate FROM currency_rates) cr
        ON cr.currency = b.cost_currency)
    SELECT * FROM c""",
    # Corpus statistics: documents, average length (at least 1), document frequency, median cost per engagement.
    """CREATE TABLE corpus AS
    SELECT count(*) AS n, greatest(1.0::DOUBLE, CAST(sum(doc_length) AS DOUBLE) / CAST(count(*) AS DOUBLE)) AS avg_length,
      (SELECT CASE WHEN len(l) = 0 THEN NULL WHEN len(l) % 2 = 1 THEN l[len(l) // 2 + 1]
                   ELSE (l[len(l) // 2] + l[len(l) // 2 + 1]) / 2.0::DOUBLE END
       FROM (SELECT list_sort(list(cpe) FILTER (WHERE cpe IS NOT NULL)) AS l FROM accounts)) AS median_cpe
    FROM accounts""",
    """CREATE TABLE idf AS
    SELECT d.token, ln(1.0::DOUBLE + (CAST(c.n AS DOUBLE) - CAST(count(*) AS DOUBLE) + 0.5::DOUBLE) / (CAST(count(*) AS DOUBLE) + 0.5::DOUBLE)) AS idf
    FROM account_doc d, corpus c GROUP BY d.token, c.n""",
    # Query terms with their idf (df 0 when no document has the term) and each brief's ideal score.
    """CREATE TABLE terms AS
    SELECT t.*, coalesce(i.idf, ln(1.0::DOUBLE + (CAST(c.n AS DOUBLE) + 0.5::DOUBLE) / 0.5::DOUBLE)) AS idf
    FROM brief_terms t CROSS JOIN corpus c LEFT JOIN idf i ON i.token = t.token""",
    """CREATE TABLE ideal AS
    SELECT t.bid, sum(t.weight * t.idf ORDER BY t.term) AS ideal
    FROM terms t JOIN briefs b USING (bid) WHERE t.is_keyword OR NOT b.has_keywords GROUP BY t.bid""",
    # Hard filters: platform, followers, tier, minimum engagement, country or audience country, language (unknown
    # passes), excluded handle, competitor words (all of a word's tokens among the creator's), minimum authenticity.
    """CREATE TABLE candidates AS
    SELECT b.bid, a.aid FROM briefs b
    JOIN brief_platforms bp ON bp.bid = b.bid
    JOIN accounts a ON a.platform = bp.platform
    WHERE (b.min_followers IS NULL OR a.followers >= b.min_followers)
      AND (b.max_followers IS NULL OR a.followers <= b.max_followers)
      AND (NOT EXISTS (SELECT 1 FROM brief_tiers x WHERE x.bid = b.bid)
           OR EXISTS (SELECT 1 FROM brief_tiers x WHERE x.bid = b.bid AND x.tier = a.tier))
      AND (b.min_rate IS NULL OR coalesce(a.rate, 0.0::DOUBLE) >= b.min_rate)
      AND (NOT EXISTS (SELECT 1 FROM brief_countries c WHERE c.bid = b.bid)
           OR EXISTS (SELECT 1 FROM brief_countries c WHERE c.bid = b.bid AND (c.code = a.country OR c.code = a.audience_country)))
      AND (a.language = '' OR NOT EXISTS (SELECT 1 FROM brief_languages l WHERE l.bid = b.bid)
           OR EXISTS (SELECT 1 FROM brief_languages l WHERE l.bid = b.bid AND l.code = a.language))
      AND a.authenticity >= $min_authenticity""",
    """DELETE FROM candidates c WHERE EXISTS (
         SELECT 1 FROM brief_handles h JOIN accounts a ON a.handle = h.handle WHERE h.bid = c.bid AND a.aid = c.aid)
       OR EXISTS (
         SELECT 1 FROM (SELECT w.bid, w.word, t.aid, count(DISTINCT w.token) AS hit, any_value(w.n_tokens) AS n
                        FROM brief_words w
                        JOIN (SELECT aid, token FROM account_doc UNION ALL SELECT aid, token FROM account_extra) t ON t.token = w.token
                        GROUP BY ALL) x
         WHERE x.bid = c.bid AND x.aid = c.aid AND x.hit = x.n)""",
    # Niche: best similarity between any brief niche and any creator niche.
    """CREATE TABLE niche AS
    SELECT bn.bid, an.aid, max(s.score) AS niche
    FROM brief_niches bn JOIN niche_sim s ON s.brief_niche = bn.niche JOIN account_niches an ON an.niche = s.creator_niche
    GROUP BY ALL""",
    # Relevance: BM25 (k1 1.2, b 0.75) summed in query-term order; a term's tf is its own count, else the largest
    # count of its joined alternates; divided by the brief's ideal score and capped at 1.
    """CREATE TABLE relevance AS
    WITH tf AS (
      SELECT f.bid, f.term, d.aid,
        coalesce(max(d.tf) FILTER (WHERE NOT f.is_alt), max(d.tf) FILTER (WHERE f.is_alt)) AS tf
      FROM brief_term_forms f JOIN account_doc d ON d.token = f.form GROUP BY ALL),
    parts AS (
      SELECT tf.bid, tf.aid, tf.term,
        t.weight * t.idf * CAST(tf.tf AS DOUBLE) * (1.2::DOUBLE + 1.0::DOUBLE)
          / (CAST(tf.tf AS DOUBLE) + 1.2::DOUBLE * (1.0::DOUBLE - 0.75::DOUBLE
             + 0.75::DOUBLE * CAST(a.doc_length AS DOUBLE) / c.avg_length)) AS part
      FROM tf JOIN terms t USING (bid, term) JOIN accounts a ON a.aid = tf.aid CROSS JOIN corpus c)
    SELECT p.bid, p.aid, least(1.0::DOUBLE, sum(p.part ORDER BY p.term) / i.ideal) AS relevance
    FROM parts p JOIN ideal i ON i.bid = p.bid WHERE i.ideal > 0 GROUP BY p.bid, p.aid, i.ideal""",
    # Affinity: 1 when the creator tags the brand, 0.8 when the text names it (its key, or all its tokens).
    """CREATE TABLE affinity AS
    WITH tagged AS (SELECT b.bid, t.aid FROM briefs b JOIN account_tagged t ON t.key = b.brand_key WHERE b.brand_key <> ''),
    named AS (
      SELECT b.bid, d.aid FROM briefs b JOIN account_doc d ON d.token = b.brand_key WHERE b.brand_key <> ''
      UNION
      SELECT bt.bid, d.aid FROM brief_brand_tokens bt JOIN account_doc d ON d.token = bt.token JOIN briefs b ON b.bid = bt.bid
      WHERE b.brand_key <> '' GROUP BY bt.bid, d.aid, b.n_brand_tokens HAVING count(DISTINCT bt.token) = b.n_brand_tokens)
    SELECT bid, aid, max(s) AS affinity FROM (SELECT *, 1.0::DOUBLE AS s FROM tagged UNION ALL SELECT *, 0.8::DOUBLE FROM named)
    GROUP BY ALL""",
    # The seven components and the weighted total (Swift's order of additions).
    """CREATE TABLE scored AS
    SELECT c.bid, c.aid, a.account_id, a.person, a.cap_country,
      coalesce(n.niche, 0.0::DOUBLE) AS niche,
      coalesce(r.relevance, 0.0::DOUBLE) AS relevance,
      a.engagement, a.authenticity,
      (CASE WHEN NOT EXISTS (SELECT 1 FROM brief_countries x WHERE x.bid = c.bid) THEN 1.0::DOUBLE
            WHEN EXISTS (SELECT 1 FROM brief_countries x WHERE x.bid = c.bid AND x.code = a.country) THEN 1.0::DOUBLE
            WHEN EXISTS (SELECT 1 FROM brief_countries x WHERE x.bid = c.bid AND x.code = a.audience_country) THEN 0.8::DOUBLE
            ELSE 0.0::DOUBLE END)
      * (CASE WHEN NOT EXISTS (SELECT 1 FROM brief_languages x WHERE x.bid = c.bid) THEN 1.0::DOUBLE
              WHEN a.language = '' THEN 0.5::DOUBLE
              WHEN EXISTS (SELECT 1 FROM brief_languages x WHERE x.bid = c.bid AND x.code = a.language)
                THEN CASE WHEN a.language_inferred THEN 0.9::DOUBLE ELSE 1.0::DOUBLE END
              ELSE 0.0::DOUBLE END) AS audience,
      0.85::DOUBLE * (CASE
          WHEN b.budget IS NULL OR b.budget <= 0 THEN 1.0::DOUBLE
          WHEN a.cost IS NULL THEN 0.5::DOUBLE
          WHEN a.cost_currency = '' OR (a.cost_currency <> b.currency AND (fr.rate IS NULL OR tr.rate IS NULL)) THEN 0.5::DOUBLE
          WHEN (CASE WHEN a.cost_currency = b.currency THEN a.cost ELSE a.cost * fr.rate / tr.rate END)
               <= b.budget / CAST(greatest(b.k, 1) AS DOUBLE) THEN 1.0::DOUBLE
          ELSE b.budget / CAST(greatest(b.k, 1) AS DOUBLE)
               / (CASE WHEN a.cost_currency = b.currency THEN a.cost ELSE a.cost * fr.rate / tr.rate END) END)
      + (1.0::DOUBLE - 0.85::DOUBLE) * (CASE WHEN co.median_cpe IS NOT NULL AND a.cpe IS NOT NULL AND a.cpe > 0
                                         THEN least(1.0::DOUBLE, 0.5::DOUBLE * co.median_cpe / a.cpe) ELSE 0.5::DOUBLE END) AS commercial,
      coalesce(f.affinity, 0.0::DOUBLE) AS affinity,
      b.w_niche, b.w_relevance, b.w_engagement, b.w_authenticity, b.w_audience, b.w_commercial, b.w_affinity
    FROM candidates c JOIN briefs b USING (bid) JOIN accounts a USING (aid) CROSS JOIN corpus co
    LEFT JOIN (SELECT upper(currency) AS currency, CAST(usd_per_unit AS DOUBLE) AS rate FROM currency_rates) fr ON fr.currency = a.cost_currency
    LEFT JOIN (SELECT upper(currency) AS currency, CAST(usd_per_unit AS DOUBLE) AS rate FROM currency_rates) tr ON tr.currency = b.currency
    LEFT JOIN niche n ON n.bid = c.bid AND n.aid = c.aid
    LEFT JOIN relevance r ON r.bid = c.bid AND r.aid = c.aid
    LEFT JOIN affinity f ON f.bid = c.bid AND f.aid = c.aid""",
    # Top K per brief, ties by creator id: a pool of K (5 K with a country cap) x the most accounts any person has,
    # each person's best account, at most max_per_country per country, then the first K.
    """CREATE TABLE shortlist AS
    WITH totals AS (
      SELECT *, w_niche * niche + w_relevance * relevance + w_engagement * engagement + w_authenticity * authenticity
                + w_audience * audience + w_commercial * commercial + w_affinity * affinity AS score
      FROM scored),
    ranked AS (SELECT t.*, row_number() OVER (PARTITION BY t.bid ORDER BY t.score DESC, t.account_id) AS overall FROM totals t),
    pooled AS (
      SELECT r.* FROM ranked r JOIN briefs b USING (bid)
      WHERE r.overall <= b.pool * (SELECT max(c) FROM (SELECT count(*) AS c FROM accounts GROUP BY person))
      QUALIFY row_number() OVER (PARTITION BY r.bid, r.person ORDER BY r.score DESC, r.account_id) = 1),
    capped AS (
      SELECT p.* FROM pooled p JOIN briefs b USING (bid)
      QUALIFY b.cap IS NULL OR row_number() OVER (PARTITION BY p.bid, p.cap_country ORDER BY p.score DESC, p.account_id) <= b.cap)
    SELECT b.brief_id, c.account_id, c.score, c.niche, c.relevance, c.engagement, c.authenticity, c.audience, c.commercial, c.affinity,
      row_number() OVER (PARTITION BY c.bid ORDER BY c.score DESC, c.account_id) AS rank
    FROM capped c JOIN briefs b USING (bid)
    QUALIFY rank <= b.k""",
]


COMPONENTS = ["score"] + WEIGHT_NAMES


def compare(con, run_dir):
    """Top-K sets per brief against Scout's candidates.csv, and the largest difference of each component."""
    scout = {}
    with open(os.path.join(run_dir, "stages/score/candidates.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            scout.setdefault(r["brief_id"], {})[r["creator_id"]] = [float(r[c]) for c in COMPONENTS]
    duck = {}
    for row in con.execute(f"SELECT brief_id, account_id, {', '.join(COMPONENTS)} FROM shortlist").fetchall():
        duck.setdefault(row[0], {})[row[1]] = list(row[2:])
    briefs = sorted(set(scout) | set(duck))
    mismatched = 0
    for b in briefs:
        s, d = scout.get(b, {}), duck.get(b, {})
        if set(s) != set(d):
            mismatched += 1
            if mismatched <= 10:
                only_s, only_d = sorted(set(s) - set(d))[:3], sorted(set(d) - set(s))[:3]
                print(f"  mismatch {b}: scout-only {[(x, s[x][0]) for x in only_s]} duckdb-only {[(x, d[x][0]) for x in only_d]}")
    shared = [(s[a], duck[b][a]) for b, s in scout.items() for a in s if a in duck.get(b, {})]
    diffs = {c: max((abs(x[i] - y[i]) for x, y in shared), default=0.0) for i, c in enumerate(COMPONENTS)}
    print(f"compare: {len(briefs)} briefs, {len(briefs) - mismatched} identical top-K sets, {mismatched} differ; "
          f"{len(shared)} shared entries; max |difference|: " + ", ".join(f"{c} {v:.2e}" for c, v in diffs.items()))
    return mismatched


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--run", required=True)
    p.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data"))
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--memory-limit", default="8GB")
    p.add_argument("--out")
    p.add_argument("--compare", action="store_true")
    p.add_argument("--min-authenticity", type=float, default=0.3, help="scout's --min-authenticity (default 0.3)")
    a = p.parse_args()
    con = duckdb.connect()
    con.execute(f"SET threads = {a.threads}")
    con.execute(f"SET memory_limit = '{a.memory_limit}'")  # spills to disk beyond this (shared machine)
    con.execute("SET temp_directory = '/tmp/duckdb-ref-spill'")
    t0 = time.time()
    n, b = prepare(con, a.run, os.path.abspath(a.data))
    t1 = time.time()
    for sql in COMPONENT_SQL:
        con.execute(sql.replace("$min_authenticity", repr(float(a.min_authenticity)) + "::DOUBLE"))
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
