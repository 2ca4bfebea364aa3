#!/usr/bin/env python3
"""Generates Scout's shipped labelled evaluation set (`data/labelled_sample.csv`): fictional creators drawn from
published distributions, each labelled fake/real and with a topic category. Seeded, standard library only.

    Benchmarks/quality/generate_labelled.py --out Benchmarks/quality/data/labelled_sample.csv

Where the numbers come from (README.md has the details):
- engagement per follower: the medians of data/engagement_benchmarks.csv (HypeAuditor 2018 for Instagram,
  SociaVault 2026 for TikTok, Modash for YouTube), log-normal spread sigma 0.68, the spread SociaVault's TikTok
  quartiles imply; per-view rates around the Modash (TikTok) and 3 % (YouTube) medians;
- fake accounts shaped like the fake accounts of the public InstaFake dataset (Akyon & Kalfaoglu 2019): few
  followers, following counts in the thousands, 0-3 posts, mostly empty bios and digit-laden usernames; plus the
  two influencer-fraud shapes vendors describe: bought followers (a large audience nobody engages with, few posts)
  and bought engagement (likes far above the tier norm, almost no comments);
- comments per like around 2 % (Instagram), 0.6 % (TikTok) and 3.6 % (YouTube), the medians of the 2022 top exports;
- bios in English, Japanese and Spanish: some name the niche with a taxonomy word, some only with topical words the
  taxonomy does not list (`serum`, `squat`, `ramen`), some say nothing about it; hashtags likewise.
"""
import argparse
import csv
import math
import random

CATEGORIES = {
    # niche label: (taxonomy words, topical words that are not taxonomy synonyms, hashtags)
    "beauty": (["skincare", "makeup", "beauty", "スキンケア", "メイク", "美容", "maquillaje"],
               ["serum", "glow", "lipstick", "moisturizer", "SPF 50", "化粧水", "piel radiante"],
               ["#skincareroutine", "#makeuptutorial", "#スキンケア", "#glowingskin", "#bellezanatural"]),
    "fitness": (["fitness", "gym", "workout", "筋トレ", "yoga", "running", "entrenamiento"],
                ["squat", "gains", "protein", "cardio", "腹筋", "rutina"],
                ["#fitfam", "#gymlife", "#筋トレ", "#workoutmotivation", "#fitnessmotivation"]),
    "food": (["food", "recipes", "cooking", "foodie", "料理", "レシピ", "recetas"],
             ["ramen", "brunch", "pasta", "弁当", "tapas", "sourdough"],
             ["#foodporn", "#recipeoftheday", "#おうちごはん", "#cocinacasera", "#foodstagram"]),
    "travel": (["travel", "旅行", "viajes", "backpacking", "hiking"],
               ["passport", "airport", "beach", "hotel", "温泉", "playa"],
               ["#travelgram", "#wanderlust", "#旅行好きな人と繋がりたい", "#viajar", "#travelblogger"]),
    "gaming": (["gaming", "gamer", "ゲーム", "twitch", "esports", "streamer"],
               ["fps", "minecraft", "fortnite", "ranked", "controller"],
               ["#gamingcommunity", "#ゲーム実況", "#gamer", "#videojuegos", "#twitchstreamer"]),
    "pets": (["dog", "cat", "puppy", "犬", "猫", "perro", "pets"],
             ["woof", "meow", "shiba", "golden retriever", "gatito"],
             ["#dogsofinstagram", "#catsofinstagram", "#猫のいる暮らし", "#perrosdeinstagram", "#petlovers"]),
    "parenting": (["parenting", "子育て", "ママ", "family life", "crianza"],
                  ["toddler", "mum life", "kids", "nap time", "育休"],
                  ["#momlife", "#子育てママ", "#parentinghacks", "#maternidad", "#familytime"]),
    "fashion": (["fashion", "ootd", "outfits", "コーデ", "moda", "streetwear"],
                ["thrift", "lookbook", "denim", "sneaker drop", "古着女子"],
                ["#ootd", "#fashionista", "#今日のコーデ", "#streetstyle", "#modafeminina"]),
}
GENERIC = ["living my best life ✨", "DM for collabs 📩", "Tokyo | Osaka", "just vibes", "creator", "digital creator",
           "📍 Madrid", "love ❤️", "be kind", "new videos every week", "毎日投稿", "contenido nuevo cada semana"]
SPAM = ["follow me", "💰 DM for promo", "free followers", "follow for follow", "", "", "", ""]
FIRST = ["mia", "ken", "lucia", "yui", "noah", "sara", "taro", "ana", "leo", "emma", "hina", "diego", "kai", "nora", "sofia", "ryo"]
LAST = ["cooks", "moves", "daily", "lab", "studio", "life", "world", "diary", "notes", "club", "official", "tv"]
# Per-follower engagement medians (data/engagement_benchmarks.csv) by platform and tier.
MEDIAN = {
    "instagram": {"nano": 0.0511, "micro": 0.0263, "mid": 0.0257, "macro": 0.0257},
    "tiktok": {"nano": 0.0784, "micro": 0.0450, "mid": 0.0273, "macro": 0.0184},
    "youtube": {"nano": 0.01109, "micro": 0.00349, "mid": 0.0023, "macro": 0.002},
}
PER_VIEW = {"tiktok": 0.08, "youtube": 0.03}
COMMENTS_PER_LIKE = {"instagram": 0.02, "tiktok": 0.006, "youtube": 0.036}


def tier(followers):
    return "nano" if followers < 10_000 else "micro" if followers < 100_000 else "mid" if followers < 500_000 else "macro"


def lognormal(r, median, sigma):
    return median * math.exp(r.gauss(0, sigma))


def bio_for(r, category):
    words, topical, tags = CATEGORIES[category]
    kind = r.random()
    if kind < 0.35:
        parts = [r.choice(words)] + r.sample(topical, 1) + ([r.choice(GENERIC)] if r.random() < 0.5 else [])
    elif kind < 0.7:
        parts = r.sample(topical, 2) + ([r.choice(GENERIC)] if r.random() < 0.5 else [])
    else:
        parts = [r.choice(GENERIC)]
    # One profile in five also uses another niche's words (a beauty creator who travels, a gamer with a dog).
    if r.random() < 0.2:
        other = CATEGORIES[r.choice(list(CATEGORIES))]
        parts.append(r.choice(other[0] + other[1]))
    r.shuffle(parts)
    hashtags = r.sample(tags, r.randint(1, 2)) if r.random() < 0.4 else []
    return " | ".join(parts), hashtags


def handle(r, digits):
    name = r.choice(FIRST) + r.choice(["", ".", "_"]) + r.choice(LAST)
    if digits:
        name += str(r.randint(10 ** (digits - 1), 10 ** digits - 1))
    return name


def real_account(r, category):
    platform = r.choices(["instagram", "tiktok", "youtube"], [0.6, 0.25, 0.15])[0]
    followers = int(math.exp(r.uniform(math.log(1200), math.log(800_000))))
    t = tier(followers)
    # Mostly around the tier norm; one in twenty has a dormant audience (a real account can be a poor buy too).
    rate = lognormal(r, MEDIAN[platform][t] * (0.12 if r.random() < 0.05 else 1), 0.68)
    interactions = followers * rate
    comments = interactions * COMMENTS_PER_LIKE[platform] * math.exp(r.gauss(0, 0.5))
    likes = interactions - comments
    # Most follow a few hundred accounts; three in ten grow by following back (up to Instagram's cap of 7,500).
    if r.random() < 0.3:
        following = min(7500, int(followers * lognormal(r, 1.2, 0.5)))
    else:
        following = int(lognormal(r, min(followers * 0.3, 700), 0.9))
    posts = int(lognormal(r, 120, 1.3))  # about one real creator in twenty has fewer than 10 posts
    views = likes / lognormal(r, PER_VIEW[platform], 0.45) if platform in PER_VIEW else None
    bio, hashtags = bio_for(r, category)
    return dict(platform=platform, followers=followers, following=following, posts=posts, avg_likes=round(likes),
                avg_comments=round(comments), avg_views=round(views) if views else "", bio=bio, hashtags=" ".join(hashtags),
                digits=r.choices([0, 0, 0, 2, 4], k=1)[0], label_fake=0, label_category=category)


def fake_account(r, category):
    shape = r.choices(["bot", "bought_followers", "bought_engagement"], [0.5, 0.3, 0.2])[0]
    if shape == "bot":
        followers = int(lognormal(r, 60, 1.3))
        following = int(r.uniform(300, 7400))
        posts = r.choice([0, 0, 0, 1, 1, 2, 3]) if r.random() < 0.85 else r.randint(5, 40)
        likes = max(0, round(followers * lognormal(r, 0.05, 0.8))) if posts else 0
        return dict(platform="instagram", followers=followers, following=following, posts=posts, avg_likes=likes if posts else "",
                    avg_comments=round(likes * 0.01) if posts else "", avg_views="", bio=r.choice(SPAM), hashtags="",
                    digits=r.choice([0, 3, 4, 5, 6]), label_fake=1, label_category="")
    real = real_account(r, category)
    followers = real["followers"] = int(math.exp(r.uniform(math.log(20_000), math.log(900_000))))
    median = MEDIAN[real["platform"]][tier(followers)]
    if shape == "bought_followers":
        interactions = followers * median * lognormal(r, 1 / 15.0, 0.6)
        real["posts"] = int(lognormal(r, 40, 1.0))
        real["following"] = int(lognormal(r, 800, 1.0))
    else:
        interactions = followers * median * lognormal(r, 6.0, 0.4)
        real["following"] = int(lognormal(r, 900, 0.8))
    comments = interactions * 0.0008
    real["avg_likes"], real["avg_comments"] = round(interactions - comments), round(comments)
    if real["platform"] in PER_VIEW:
        # Bought followers: views do come (bought too) but nobody likes; bought likes: likes far beyond the views.
        per_view = PER_VIEW[real["platform"]] * (lognormal(r, 0.08, 0.5) if shape == "bought_followers" else lognormal(r, 5.0, 0.4))
        real["avg_views"] = round(real["avg_likes"] / per_view)
    real["label_fake"] = 1
    return real


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--creators", type=int, default=800)
    parser.add_argument("--fake-share", type=float, default=0.15)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    r = random.Random(args.seed)
    header = ["handle", "display_name", "platform", "followers", "following", "posts", "avg_likes", "avg_comments", "avg_views",
              "bio", "hashtags", "label_fake", "label_category"]
    seen = set()
    with open(args.out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        for _ in range(args.creators):
            category = r.choice(list(CATEGORIES))
            row = fake_account(r, category) if r.random() < args.fake_share else real_account(r, category)
            name = handle(r, row.pop("digits"))
            while name in seen:
                name += r.choice("abcdefghij")
            seen.add(name)
            display = name.split(".")[0].split("_")[0].rstrip("0123456789").capitalize()
            writer.writerow([name, display] + [row[h] for h in header[2:]])


if __name__ == "__main__":
    main()
