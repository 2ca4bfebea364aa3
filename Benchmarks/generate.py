#!/usr/bin/env python3
"""Synthetic creators and briefs for Scout's benchmarks (seeded, reproducible, standard library only).

    python3 Benchmarks/generate.py --creators 100000 --briefs 1000 --out /tmp/scout-bench/100k [--seed 6]

Writes <out>/creators/{agency_master.csv, instagram_hypeauditor.csv, tiktok_modash.csv} and <out>/briefs.csv.
- followers are log-normal (median ~12K, sigma 1.4): mostly nano and micro, a tail of mid/macro/mega;
- engagement is the tier's median from data/engagement_benchmarks.csv times a log-normal factor;
- niches, bio words and hashtags come from data/niches.csv synonyms (English, Spanish, French, German,
  Portuguese, Japanese, Korean), so bios are multilingual and Japanese bios use Japanese words;
- three export shapes: the canonical agency sheet (comma), a HypeAuditor-style Instagram export
  (K/M suffixes, percent ER, English country names) and a Modash-style TikTok export (semicolon,
  decimal comma); about 4% of the Instagram/TikTok rows repeat an agency handle (cross-file duplicates).
Never commit the generated data.
"""
import argparse, csv, math, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")

COUNTRIES = [  # code, English name, language, weight
    ("US", "United States", "en", 20), ("GB", "United Kingdom", "en", 8), ("CA", "Canada", "en", 4), ("AU", "Australia", "en", 3),
    ("JP", "Japan", "ja", 12), ("KR", "South Korea", "ko", 5), ("ES", "Spain", "es", 7), ("MX", "Mexico", "es", 7),
    ("AR", "Argentina", "es", 3), ("FR", "France", "fr", 7), ("DE", "Germany", "de", 8), ("BR", "Brazil", "pt", 9),
    ("PT", "Portugal", "pt", 2),
]
LANG_NAMES = {"en": "English", "ja": "Japanese", "ko": "Korean", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese"}
FIRST = {
    "en": ["emma", "olivia", "liam", "noah", "ava", "mia", "ethan", "chloe", "jack", "grace", "ruby", "theo", "isla", "leo", "maya", "owen"],
    "es": ["lucia", "sofia", "valentina", "mateo", "diego", "camila", "pablo", "elena", "javier", "carmen", "paula", "marta"],
    "fr": ["camille", "lea", "chloe", "manon", "hugo", "louis", "ines", "jules", "clara", "margaux"],
    "de": ["lena", "hannah", "jonas", "felix", "leonie", "paul", "marie", "lukas", "anna", "greta"],
    "pt": ["ana", "beatriz", "gabriel", "lucas", "mariana", "rafael", "juliana", "thiago", "bruno", "isabela"],
    "ja": ["misaki", "hina", "yui", "sakura", "aoi", "ren", "yuma", "riko", "aya", "kenta"],
    "ko": ["jisoo", "minji", "seoyeon", "hajun", "doyun", "yuna", "sua"],
}
JA_NAMES = ["美咲", "陽菜", "結衣", "さくら", "葵", "蓮", "悠真", "莉子", "彩", "健太"]
FILLER = {
    "en": ["daily", "honest reviews", "tips", "collabs: DM", "small creator", "based in {city}", "weekly videos", "🔥", "✨"],
    "es": ["consejos", "reseñas honestas", "colabs por DM", "desde {city}", "vídeos cada semana", "💛"],
    "fr": ["conseils", "avis honnêtes", "collabs en DM", "à {city}", "nouvelle vidéo chaque semaine", "🌸"],
    "de": ["Tipps", "ehrliche Reviews", "Kooperationen per DM", "aus {city}", "jede Woche neu", "🌿"],
    "pt": ["dicas", "reviews sinceros", "parcerias via DM", "📍{city}", "vídeo novo toda semana", "💛"],
    "ja": ["毎日投稿", "正直レビュー", "お仕事はDMへ", "📍{city}", "のんびり更新", "🌸"],
    "ko": ["일상", "솔직 리뷰", "협업 문의 DM", "📍{city}", "✨"],
}
CITY = {"US": "Austin", "GB": "London", "CA": "Toronto", "AU": "Melbourne", "JP": "東京", "KR": "서울", "ES": "Madrid", "MX": "CDMX",
        "AR": "Buenos Aires", "FR": "Paris", "DE": "Berlin", "BR": "São Paulo", "PT": "Lisboa"}
BRANDS = ["sunveil", "keyclack", "glowhaus", "brewly", "fitnest", "trailkit", "pawsome", "nordgear", "lumapix", "velora"]
TIERS = [(0, 1000, "sub-nano"), (1000, 10000, "nano"), (10000, 100000, "micro"), (100000, 500000, "mid"), (500000, 1000000, "macro"), (1000000, None, "mega")]


def script_of(text):
    for ch in text:
        o = ord(ch)
        if 0x3040 <= o <= 0x30FF or 0x4E00 <= o <= 0x9FFF: return "ja"
        if 0xAC00 <= o <= 0xD7AF: return "ko"
    return "latin"


def load_niches():
    leaves = []
    with open(os.path.join(DATA, "niches.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            syns = [s for s in row["synonyms"].split("|") if s]
            words = {"latin": [], "ja": [], "ko": []}
            for s in syns + [row["label"]]:
                words[script_of(s)].append(s)
            leaves.append((row["id"], row["label"], words, row["parent"]))
    return leaves


def load_benchmarks():
    medians = {}
    with open(os.path.join(DATA, "engagement_benchmarks.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            medians[(row["platform"], row["tier"])] = float(row["median_er"])
    return medians


def tier_of(followers):
    for lo, hi, name in TIERS:
        if followers >= lo and (hi is None or followers < hi): return name
    return "mega"


def short_count(n, decimal=","):
    if n >= 1_000_000: return f"{n / 1e6:.1f}M".replace(".", decimal)
    if n >= 10_000: return f"{n / 1e3:.1f}K".replace(".", decimal)
    return f"{n:,}" if decimal == "." else f"{n:,}".replace(",", " ")


class Generator:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.niches = load_niches()
        self.medians = load_benchmarks()
        self.country_weights = [c[3] for c in COUNTRIES]

    def words_for(self, niche, lang):
        words = niche[2]
        pool = words["ja"] if lang == "ja" and words["ja"] else words["ko"] if lang == "ko" and words["ko"] else words["latin"]
        return pool or words["latin"]

    def creator(self, index, platform):
        r = self.r
        code, cname, lang, _ = r.choices(COUNTRIES, self.country_weights)[0]
        followers = int(min(5_000_000, max(150, r.lognormvariate(math.log(12000), 1.4))))
        tier = tier_of(followers)
        median = self.medians.get((platform, tier)) or self.medians.get(("*", tier)) or 0.03
        rate = min(0.9, median * r.lognormvariate(0, 0.55))
        count = 1 if r.random() < 0.6 else 2
        niches = r.sample(self.niches, count)
        first = r.choice(FIRST[lang])
        handle = f"{first}.{r.choice(['', 'the', 'its', 'real'])}{r.choice(niches[0][0].split('/')[-1].split('-'))}{index}"
        display = r.choice(JA_NAMES) if lang == "ja" and r.random() < 0.7 else first.capitalize()
        topic = [w for n in niches for w in r.sample(self.words_for(n, lang), min(2, len(self.words_for(n, lang))))]
        filler = [f.format(city=CITY[code]) for f in r.sample(FILLER[lang], 2)]
        bio_parts = topic + filler
        r.shuffle(bio_parts)
        bio = " | ".join(bio_parts)
        if r.random() < 0.03: bio += f" · ad @{r.choice(BRANDS)}"
        tags = ["#" + w.replace(" ", "").lower() for w in topic[:3]]
        likes = int(followers * rate * 0.93)
        comments = max(0, int(followers * rate * 0.07))
        return dict(platform=platform, handle=handle, display=display, followers=followers, likes=likes, comments=comments,
                    posts=r.randint(20, 2500), following=r.randint(50, 3000), rate=rate, niches=niches, bio=bio, tags=tags,
                    code=code, cname=cname, lang=lang, views=int(followers * r.uniform(0.2, 1.5)),
                    email=f"{handle.replace('.', '')}@mail.example" if r.random() < 0.3 else "", cost=int(followers * r.uniform(0.005, 0.03)))

    def write_creators(self, total, out):
        r = self.r
        os.makedirs(out, exist_ok=True)
        n_agency = total // 2
        n_ig = total // 4
        n_tt = total - n_agency - n_ig
        agency_handles = []
        with open(os.path.join(out, "agency_master.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["platform", "handle", "display_name", "profile_url", "followers", "following", "posts", "avg_likes", "avg_comments",
                        "avg_views", "engagement_rate", "niches", "bio", "hashtags", "country", "language", "email", "est_cost", "currency"])
            for i in range(n_agency):
                platform = r.choices(["instagram", "tiktok", "youtube"], [5, 4, 2])[0]
                c = self.creator(i, platform)
                agency_handles.append((platform, c["handle"]))
                w.writerow([platform, c["handle"], c["display"], f"https://www.{platform}.com/@{c['handle']}", c["followers"], c["following"],
                            c["posts"], c["likes"], c["comments"], c["views"], f"{c['rate']:.4f}", "|".join(n[1] for n in c["niches"]),
                            c["bio"], " ".join(c["tags"]), c["code"], c["lang"], c["email"], c["cost"], "USD"])
        ig_dupes = [h for p, h in agency_handles if p == "instagram"]
        tt_dupes = [h for p, h in agency_handles if p == "tiktok"]
        with open(os.path.join(out, "instagram_hypeauditor.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(["Username", "Full Name", "Followers", "Following", "Posts", "ER", "Avg. Likes", "Avg. Comments", "Category",
                        "Country", "Language", "Bio", "Email", "Website", "Price"])
            for i in range(n_ig):
                c = self.creator(n_agency + i, "instagram")
                handle = r.choice(ig_dupes) if ig_dupes and r.random() < 0.04 else c["handle"]
                w.writerow(["@" + handle, c["display"], short_count(c["followers"], "."), c["following"], c["posts"], f"{c['rate'] * 100:.2f}%",
                            c["likes"], c["comments"], c["niches"][0][1], c["cname"], LANG_NAMES[c["lang"]], c["bio"], c["email"], "", f"${c['cost']}"])
        with open(os.path.join(out, "tiktok_modash.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n")
            w.writerow(["Tiktoker name", "Display name", "Followers", "Views avg.", "Likes avg", "Comments avg.", "Engagement rate", "Niche",
                        "Country/Region", "Bio", "Hashtags", "Contact email"])
            for i in range(n_tt):
                c = self.creator(n_agency + n_ig + i, "tiktok")
                handle = r.choice(tt_dupes) if tt_dupes and r.random() < 0.04 else c["handle"]
                w.writerow([handle, c["display"], short_count(c["followers"], ","), short_count(c["views"], ","), c["likes"], c["comments"],
                            f"{c['rate'] * 100:.1f}".replace(".", ",") + "%", c["niches"][0][1], c["cname"], c["bio"], " ".join(c["tags"]), c["email"]])

    def write_briefs(self, count, path, seed):
        r = self.r
        # Match-model columns (tier, max_per_country, weights, brand, budget currency) come from their own stream, so
        # the creators and the original brief columns stay byte-identical to the data the first measurements used.
        x = random.Random(seed * 7919 + 1)
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["brief_id", "brand", "niches", "keywords", "description", "platforms", "min_followers", "max_followers",
                        "min_engagement_rate", "countries", "languages", "budget", "currency", "shortlist_size", "exclude",
                        "tier", "max_per_country", "w_niche", "w_relevance", "w_authenticity", "w_affinity"])
            for i in range(count):
                niches = r.sample(self.niches, r.choice([1, 1, 2]))
                countries = r.sample(COUNTRIES, r.choice([0, 1, 1, 2, 3]))
                langs = sorted({c[2] for c in countries}) if countries and r.random() < 0.6 else []
                kw_lang = langs[0] if langs else "en"
                keywords = []
                for n in niches:
                    pool = self.words_for(n, kw_lang) + n[2]["latin"]
                    keywords += r.sample(pool, min(len(pool), r.randint(1, 3)))
                keywords = list(dict.fromkeys(keywords))
                lo = r.choice(["", 1000, 2000, 5000, 10000])
                hi = r.choice(["", 50000, 100000, 250000, 1000000])
                platforms = r.sample(["instagram", "tiktok", "youtube"], r.choice([1, 2, 2, 3]))
                row = [f"brief-{i:04d}", f"Brand {i}", "|".join(n[1] for n in niches), "|".join(keywords), f"Campaign {i}",
                       "|".join(platforms), lo, hi, r.choice(["", "", "1.5%", "0.02"]), "|".join(c[0] for c in countries),
                       "|".join(langs), r.randint(1000, 50000), "USD", r.choice([10, 10, 20, 25, 50]),
                       r.choice(["", "", "", r.choice(BRANDS)])]
                if x.random() < 0.2: row[1] = x.choice(BRANDS).capitalize()      # brand some creators already tag
                if x.random() < 0.2: row[12] = x.choice(["EUR", "GBP", "JPY"])
                if x.random() < 0.15: row[4] = f"{row[1]} wants {' '.join(keywords[:2])} creators for a new launch"
                tier = "|".join(sorted(x.sample(["nano", "micro", "mid"], x.choice([1, 2])))) if x.random() < 0.15 else ""
                cap = x.choice([1, 2, 3]) if x.random() < 0.2 else ""
                weights = [x.choice(["", "", "", "0", "0.5", "1"]) for _ in range(4)] if x.random() < 0.25 else ["", "", "", ""]
                w.writerow(row + [tier, cap] + weights)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--creators", type=int, required=True)
    p.add_argument("--briefs", type=int, default=1000)
    p.add_argument("--seed", type=int, default=6)
    p.add_argument("--out", required=True)
    a = p.parse_args()
    g = Generator(a.seed)
    g.write_creators(a.creators, os.path.join(a.out, "creators"))
    g.write_briefs(a.briefs, os.path.join(a.out, "briefs.csv"), a.seed)


if __name__ == "__main__":
    main()
