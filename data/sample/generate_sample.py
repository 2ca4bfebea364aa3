#!/usr/bin/env python3
"""Generates Scout's quick-start sample data set (data/sample/).

Deterministic (fixed seed), standard library only. Run from anywhere:

    python3 data/sample/generate_sample.py

All people, handles, names and brands are fictional. E-mail addresses and personal web sites use
reserved example domains (RFC 2606: example.com / example.net / .example), so none is a real address;
link-in-bio services (linktr.ee, beacons.ai) appear with made-up paths.
"""
import csv
import io
import math
import os
import random

SEED = 20261120
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "creators")

# --------------------------------------------------------------------------------------------
# Reference pools
# --------------------------------------------------------------------------------------------
# country: (English name, ISO alpha-2, language, city, local name used by some exports)
COUNTRIES = {
    "JP": ("Japan", "ja", "Tokyo", "日本"), "US": ("United States", "en", "Austin", "USA"),
    "GB": ("United Kingdom", "en", "London", "UK"), "ES": ("Spain", "es", "Madrid", "España"),
    "MX": ("Mexico", "es", "CDMX", "México"), "AR": ("Argentina", "es", "Buenos Aires", "Argentina"),
    "FR": ("France", "fr", "Paris", "France"), "DE": ("Germany", "de", "Berlin", "Deutschland"),
    "BR": ("Brazil", "pt", "São Paulo", "Brasil"), "PT": ("Portugal", "pt", "Lisboa", "Portugal"),
    "KR": ("South Korea", "ko", "Seoul", "대한민국"), "AE": ("United Arab Emirates", "ar", "Dubai", "الإمارات"),
    "SA": ("Saudi Arabia", "ar", "Riyadh", "السعودية"), "CA": ("Canada", "en", "Toronto", "Canada"),
    "AU": ("Australia", "en", "Melbourne", "Australia"),
}

NAMES = {
    "en": (["Emma", "Olivia", "Liam", "Noah", "Ava", "Mia", "Ethan", "Chloe", "Jack", "Grace", "Ruby", "Theo",
            "Isla", "Leo", "Harper", "Zoe", "Maya", "Owen", "Freya", "Caleb", "Nora", "Eli", "Tessa", "Milo"],
           ["Hart", "Bennett", "Collins", "Hayes", "Reed", "Porter", "Quinn", "Walsh", "Fraser", "Doyle",
            "Mercer", "Lowe", "Sutton", "Pike", "Ellis", "Marsh", "Thorne", "Abbott"]),
    "es": (["Lucía", "Sofía", "Valentina", "Mateo", "Diego", "Camila", "Pablo", "Elena", "Javier", "Carmen",
            "Andrés", "Paula", "Marta", "Alejandro", "Ximena", "Renata", "Iker", "Nerea"],
           ["García", "Fernández", "López", "Martín", "Ruiz", "Navarro", "Ortega", "Castillo", "Vega",
            "Morales", "Herrera", "Romero", "Iglesias", "Cabrera"]),
    "fr": (["Camille", "Léa", "Chloé", "Manon", "Hugo", "Louis", "Inès", "Jules", "Clara", "Théo", "Margaux",
            "Antoine", "Élise", "Bastien"],
           ["Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux", "Fontaine", "Chevalier", "Marchand",
            "Perrin", "Lemaire"]),
    "de": (["Lena", "Hannah", "Jonas", "Felix", "Leonie", "Paul", "Marie", "Lukas", "Anna", "Jana", "Niklas",
            "Sophie", "Mats", "Greta"],
           ["Müller", "Schneider", "Becker", "Hoffmann", "Wagner", "Krüger", "Vogel", "Keller", "Brandt",
            "Richter", "Lorenz"]),
    "pt": (["Ana", "Beatriz", "Gabriel", "Lucas", "Mariana", "Larissa", "Rafael", "Juliana", "Thiago", "Bruno",
            "Isabela", "Letícia", "Caio"],
           ["Silva", "Souza", "Oliveira", "Costa", "Almeida", "Ribeiro", "Carvalho", "Rocha", "Barros",
            "Teixeira", "Pires"]),
}
# (native, romanised) pairs
NAMES_NATIVE = {
    "ja": ([("美咲", "misaki"), ("陽菜", "hina"), ("結衣", "yui"), ("さくら", "sakura"), ("葵", "aoi"), ("蓮", "ren"),
            ("悠真", "yuma"), ("湊", "minato"), ("莉子", "riko"), ("彩", "aya"), ("健太", "kenta"), ("翔", "sho"),
            ("真央", "mao"), ("千尋", "chihiro"), ("七海", "nanami"), ("大輝", "daiki")],
           [("佐藤", "sato"), ("高橋", "takahashi"), ("中村", "nakamura"), ("小林", "kobayashi"), ("山本", "yamamoto"),
            ("森", "mori"), ("石井", "ishii"), ("藤田", "fujita"), ("岡田", "okada"), ("松本", "matsumoto")]),
    "ko": ([("지수", "jisoo"), ("민지", "minji"), ("서연", "seoyeon"), ("하준", "hajun"), ("도윤", "doyun"),
            ("유나", "yuna"), ("수아", "sua")],
           [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("한", "han")]),
    "ar": ([("ليلى", "layla"), ("نور", "noor"), ("يوسف", "youssef"), ("مريم", "maryam"), ("عمر", "omar"),
            ("سارة", "sara"), ("خالد", "khaled"), ("رنا", "rana")],
           [("الحسن", "alhassan"), ("المنصوري", "almansouri"), ("حداد", "haddad"), ("النجار", "alnajjar"),
            ("السيد", "elsayed")]),
}

# Archetypes: niche labels per export style, countries (weighted), platforms, handle words,
# bio phrases per language and hashtags. Every niche label is a synonym in data/niches.csv.
A = {
    "skincare": dict(
        cat=["Beauty", "Skincare"], modash=["Skincare", "Beauty", "スキンケア"], agency=["skincare|beauty", "スキンケア|美容", "skin care"],
        countries={"JP": 6, "KR": 2, "US": 2, "GB": 1, "FR": 1, "BR": 1, "ES": 1}, platforms="it", words=["skin", "glow", "hada", "derm"],
        bio={"en": ["Skincare nerd 🧴 SPF every single day", "Honest skincare reviews · sunscreen & barrier care", "Dewy skin diaries ✨ sunscreen reviews"],
             "ja": ["敏感肌のスキンケア記録🧴 日焼け止めは毎日", "30代スキンケア｜日焼け止めレビュー☀️", "コスメ好き会社員💄 スキンケアと日焼け止め比較"],
             "es": ["Cuidado de la piel sin filtros 🧴 protector solar SPF siempre", "Skincare para piel sensible ✨"],
             "fr": ["Soin de la peau & SPF au quotidien 🧴", "Routine skincare peau sensible ✨"],
             "de": ["Hautpflege ohne Bullshit 🧴 LSF/SPF jeden Tag"], "pt": ["Skincare de verdade 🧴 protetor solar todo dia"],
             "ko": ["스킨케어 기록 🧴 선크림 리뷰", "민감성 피부 스킨케어 ✨ SPF 매일"]},
        tags={"en": "#skincare #spf #sunscreen #skincareroutine", "ja": "#スキンケア #日焼け止め #敏感肌 #コスメ", "ko": "#스킨케어 #선크림 #spf",
              "es": "#skincare #protectorsolar #spf", "fr": "#skincare #spf #soinvisage", "de": "#hautpflege #spf", "pt": "#skincare #protetorsolar"}),
    "makeup": dict(
        cat=["Beauty", "Makeup"], modash=["Makeup", "Beauty"], agency=["makeup|beauty", "メイク|美容", "maquillaje"],
        countries={"US": 2, "BR": 2, "MX": 2, "FR": 1, "KR": 1, "AE": 2, "JP": 1}, platforms="it", words=["glam", "makeup", "mua", "blush"],
        bio={"en": ["Makeup artist 💄 everyday glam tutorials", "Drugstore makeup & lipstick swatches 💋"],
             "es": ["Maquillaje fácil para todos los días 💄", "MUA 💋 tutoriales de maquillaje"], "pt": ["Maquiagem sem complicação 💄 tutoriais"],
             "fr": ["Maquillage du quotidien 💄 tutos"], "ar": ["خبيرة مكياج 💄 دروس مكياج يومية", "مكياج ناعم للعروس ✨"],
             "ko": ["데일리 메이크업 💄"], "ja": ["毎日メイク💄 プチプラコスメ"]},
        tags={"en": "#makeup #mua #glam", "es": "#maquillaje #makeup", "pt": "#maquiagem #makeup", "ar": "#مكياج #makeup", "fr": "#maquillage",
              "ko": "#메이크업", "ja": "#メイク #プチプラコスメ"}),
    "vegan": dict(
        cat=["Food & Cooking", "Food & Drinks"], modash=["Vegan", "Food", "Cooking"], agency=["vegan|food", "vegano|cocina", "plant-based|recipes"],
        countries={"ES": 5, "MX": 4, "AR": 1, "DE": 2, "GB": 2, "US": 2}, platforms="it", words=["vegan", "plantas", "verde", "plantbased"],
        bio={"en": ["Plant-based recipes in 15 minutes 🌱", "Vegan comfort food · easy recipes 🥑"],
             "es": ["Recetas veganas fáciles 🌱 cocina vegana para todos los días", "Comida vegana mexicana 🌮🌱 recetas sin carne", "Vegano desde 2019 🥑 recetas baratas"],
             "de": ["Vegane Rezepte für jeden Tag 🌱", "Pflanzlich kochen leicht gemacht 🥦"], "fr": ["Recettes végétaliennes faciles 🌱"],
             "pt": ["Receitas veganas fáceis 🌱"]},
        tags={"en": "#vegan #plantbased #veganrecipes", "es": "#vegano #recetasveganas #comidavegana", "de": "#vegan #veganerezepte",
              "fr": "#vegan #recettevegan", "pt": "#vegano #receitasveganas"}),
    "cooking": dict(
        cat=["Food & Cooking", "Food & Drinks"], modash=["Cooking", "Food", "Recipes"], agency=["cooking", "料理|レシピ", "cocina", "recettes"],
        countries={"JP": 2, "ES": 2, "FR": 2, "US": 2, "BR": 2, "AE": 1, "SA": 1}, platforms="ity", words=["kitchen", "cocina", "chef", "gohan"],
        bio={"en": ["Weeknight dinners for busy people 🍝", "Home cook sharing family recipes"],
             "ja": ["簡単おうちごはん🍳 10分レシピ", "作り置きレシピ｜料理好き主婦"], "es": ["Recetas caseras de la abuela 🥘"],
             "fr": ["Cuisine maison et recettes de saison 🍲"], "pt": ["Receitas práticas do dia a dia 🍲"],
             "ar": ["وصفات سهلة للعائلة 🍲 مطبخ عربي"], "de": ["Schnelle Feierabendküche 🍝"]},
        tags={"en": "#recipes #homecooking", "ja": "#おうちごはん #簡単レシピ", "es": "#recetas #cocinacasera", "fr": "#recettes #faitmaison",
              "pt": "#receitas", "ar": "#وصفات #طبخ", "de": "#rezepte #kochen"}),
    "coffee": dict(
        cat=["Food & Drinks", "Coffee"], modash=["Coffee", "Food"], agency=["coffee", "コーヒー|カフェ", "café", "kaffee"],
        countries={"GB": 3, "US": 3, "JP": 3, "KR": 2, "DE": 1, "AU": 1}, platforms="ity", words=["coffee", "brew", "latte", "beans"],
        bio={"en": ["Home barista ☕ latte art & espresso gear", "Specialty coffee, pour over and cafe hopping ☕"],
             "ja": ["おうちカフェ☕ ラテアートとエスプレッソ", "コーヒー好き｜カフェ巡り記録☕"], "ko": ["홈카페 ☕ 라떼아트", "카페 투어 기록 ☕ espresso"],
             "de": ["Kaffee-Nerd ☕ Espresso & Latte Art"]},
        tags={"en": "#coffee #latteart #espresso #homebarista", "ja": "#コーヒー #おうちカフェ #ラテアート", "ko": "#홈카페 #커피 #latteart",
              "de": "#kaffee #espresso"}),
    "gaming": dict(
        cat=["Video games", "Gaming"], modash=["Gaming", "Video games", "Esports"], agency=["gaming", "video games|pc gaming", "ゲーム"],
        countries={"US": 4, "GB": 2, "DE": 2, "JP": 2, "BR": 2, "MX": 2, "KR": 1}, platforms="yt", words=["gg", "plays", "frag", "pixel"],
        bio={"en": ["FPS player 🎮 setup tours & mechanical keyboard reviews", "Cozy games & desk setup ✨", "Competitive FPS clips, daily streams 🎮"],
             "ja": ["ゲーム実況🎮 FPSとデスク周り", "ゲーミングPCとキーボード紹介"], "es": ["Gameplays y setup gamer 🎮 teclado mecánico"],
             "de": ["Gaming Setup & Tastatur-Reviews 🎮"], "pt": ["Gameplay todo dia 🎮 setup gamer"]},
        tags={"en": "#gaming #fps #setup #mechanicalkeyboard", "ja": "#ゲーム実況 #ゲーミングPC", "es": "#gaming #setupgamer", "de": "#gaming #setup",
              "pt": "#gamer #setup"}),
    "tech": dict(
        cat=["Science & Technology", "Computers & Gadgets"], modash=["Tech", "Gadgets"], agency=["gadgets|tech", "ガジェット", "tech reviews"],
        countries={"US": 4, "GB": 2, "DE": 2, "JP": 2, "KR": 1, "CA": 1}, platforms="yit", words=["tech", "unbox", "gadget", "bytes"],
        bio={"en": ["Tech reviews & unboxing 📦 smartphones, gadgets, desk setup", "Honest gadget reviews. No hype. 📱"],
             "ja": ["ガジェットレビュー📱 開封動画", "スマホとガジェットのレビュー"], "de": ["Technik-Reviews & Unboxing 📦 Gadgets"],
             "ko": ["테크 리뷰 📱 언박싱"]},
        tags={"en": "#tech #unboxing #gadgets #review", "ja": "#ガジェット #レビュー", "de": "#technik #unboxing", "ko": "#언박싱 #gadget"}),
    "susfashion": dict(
        cat=["Sustainable fashion", "Slow fashion", "Fashion"], modash=["Sustainable fashion", "Secondhand", "Fashion"], agency=["sustainable fashion", "slow fashion|secondhand", "seconde main", "nachhaltige mode"],
        countries={"FR": 5, "DE": 5, "GB": 2, "ES": 1, "PT": 1}, platforms="it", words=["thrift", "slow", "vintage", "upcycle"],
        bio={"en": ["Slow fashion & secondhand finds ♻️", "Upcycling old clothes into new favourites 🧵"],
             "fr": ["Mode durable & seconde main ♻️ friperie", "Slow fashion parisienne 🧵 upcycling"],
             "de": ["Nachhaltige Mode ♻️ Secondhand & Upcycling", "Slow Fashion aus Berlin 🧵"], "es": ["Moda sostenible y segunda mano ♻️"],
             "pt": ["Moda sustentável ♻️ brechó"]},
        tags={"en": "#slowfashion #secondhand #upcycling", "fr": "#secondemain #modedurable #slowfashion", "de": "#nachhaltigemode #secondhand",
              "es": "#modasostenible", "pt": "#brechó #modasustentavel"}),
    "fashion": dict(
        cat=["Fashion", "Modeling", "Clothing & Outfits"], modash=["Fashion", "Outfits"], agency=["fashion", "ファッション|コーデ", "moda"],
        countries={"FR": 2, "US": 2, "BR": 2, "AE": 1, "JP": 2, "ES": 1, "GB": 1}, platforms="it", words=["style", "ootd", "looks", "mode"],
        bio={"en": ["Everyday outfits & styling tips 👗", "Petite style ✨ ootd"], "fr": ["Looks du jour 👗 Paris"], "ja": ["プチプラコーデ👗 身長155cm"],
             "pt": ["Looks do dia 👗"], "ar": ["أزياء محتشمة 👗 إطلالات يومية"], "es": ["Outfits diarios 👗"]},
        tags={"en": "#ootd #style", "fr": "#ootd #mode", "ja": "#プチプラコーデ", "pt": "#lookdodia", "ar": "#موضة", "es": "#outfit"}),
    "fitness": dict(
        cat=["Fitness & Gym", "Fitness"], modash=["Fitness", "Workout"], agency=["fitness", "home workout|fitness", "筋トレ"],
        countries={"US": 5, "GB": 4, "BR": 2, "MX": 1, "DE": 1, "AU": 1, "CA": 1}, platforms="ity", words=["fit", "lifts", "sweat", "strong"],
        bio={"en": ["Home workout & HIIT 💪 no gym needed", "Certified PT · strength training for busy people 🏋️", "20-minute workouts 🔥 HIIT"],
             "pt": ["Treino em casa 💪"], "es": ["Entrenamiento en casa 💪 HIIT"], "de": ["Workouts für Zuhause 💪"]},
        tags={"en": "#fitness #homeworkout #hiit #workout", "pt": "#treino #fitness", "es": "#fitness #entrenamiento", "de": "#fitness #workout"}),
    "running": dict(
        cat=["Fitness & Gym", "Running", "Yoga"], modash=["Running", "Yoga"], agency=["running", "yoga", "ヨガ", "ランニング"],
        countries={"US": 2, "GB": 2, "DE": 2, "JP": 2, "ES": 1}, platforms="iy", words=["runs", "miles", "yoga", "flow"],
        bio={"en": ["Marathon training log 🏃‍♀️ running & recovery", "Yoga teacher 🧘 morning flows"], "ja": ["ランニング🏃 マラソン練習記録", "ヨガインストラクター🧘"],
             "de": ["Laufen & Marathon 🏃"], "es": ["Correr y yoga 🧘"]},
        tags={"en": "#running #marathontraining #yoga", "ja": "#ランニング #ヨガ", "de": "#laufen", "es": "#running"}),
    "pets": dict(
        cat=["Animals & Pets", "Pets"], modash=["Pets", "Dogs", "Cats"], agency=["pets|dogs", "猫|cats", "犬", "cachorros"],
        countries={"US": 3, "GB": 3, "BR": 3, "JP": 2, "DE": 1}, platforms="it", words=["paws", "woof", "meow", "pup"],
        bio={"en": ["A golden retriever and his human 🐶 raw feeding & dog training", "Two rescue cats running this house 🐱", "Dog mom 🐾 healthy dog food tips"],
             "ja": ["柴犬と暮らす🐕", "保護猫2匹と暮らしてます🐈"], "pt": ["Vida de cachorro 🐶 dicas de alimentação natural", "Mãe de gatos 🐱"],
             "de": ["Hundeleben 🐶"]},
        tags={"en": "#dogsofinstagram #dogfood #rawfeeding #catsofinstagram", "ja": "#柴犬 #保護猫", "pt": "#cachorro #gatos", "de": "#hund"}),
    "travel": dict(
        cat=["Travel", "Budget travel"], modash=["Travel", "Budget travel"], agency=["budget travel|travel", "backpacking", "旅行", "viajes"],
        countries={"ES": 2, "MX": 2, "GB": 2, "US": 2, "DE": 2, "FR": 1, "BR": 2, "AR": 1}, platforms="yi", words=["wander", "nomad", "trips", "mochila"],
        bio={"en": ["Budget travel & backpacking 🎒 60 countries on $40/day", "Hostel reviews and cheap flights ✈️"],
             "es": ["Mochilero por Latinoamérica 🎒 viajes baratos", "Viajar barato es posible ✈️"], "de": ["Günstig reisen 🎒 Backpacking Asien"],
             "fr": ["Voyage pas cher 🎒 routard"], "pt": ["Mochilão pela América do Sul 🎒"]},
        tags={"en": "#budgettravel #backpacking #travel", "es": "#mochilero #viajes", "de": "#backpacking #reisen", "fr": "#voyage #routard",
              "pt": "#mochilão #viagem"}),
    "finance": dict(
        cat=["Finance & Economics", "Business & Careers"], modash=["Personal finance", "Finance"], agency=["personal finance", "finance|investing", "家計|節約", "finanças"],
        countries={"US": 4, "GB": 2, "BR": 3, "JP": 2, "DE": 1}, platforms="yti", words=["money", "cents", "budget", "invest"],
        bio={"en": ["Budgeting & saving tips 💸 paid off $40k debt", "Investing for beginners 📈 index funds, no hype"],
             "pt": ["Finanças pessoais sem complicação 💸 investimentos", "Educação financeira para iniciantes 📈"],
             "ja": ["家計管理と節約💰 新NISAで投資", "貯金のコツ💴"], "de": ["Finanzen & Sparen 💸 ETF"]},
        tags={"en": "#personalfinance #budgeting #saving #investing", "pt": "#finanças #investimentos", "ja": "#家計管理 #節約", "de": "#finanzen #sparen"}),
    "parenting": dict(
        cat=["Family", "Kids & Family"], modash=["Parenting", "Family"], agency=["parenting", "子育て|育児", "family"],
        countries={"JP": 4, "US": 3, "GB": 2, "ES": 1, "BR": 1}, platforms="ity", words=["mama", "littles", "family", "baby"],
        bio={"en": ["Mom of two 👶 toddler activities & honest baby gear reviews", "Dad life · toddler meals 🍼"],
             "ja": ["2歳と0歳の子育て👶 育児グッズレビュー", "ワーママの子育て記録🍼"], "es": ["Maternidad real 👶"], "pt": ["Maternidade real 👶"]},
        tags={"en": "#momlife #toddler #parenting", "ja": "#子育て #育児 #ママ", "es": "#maternidad", "pt": "#maternidade"}),
    "home": dict(
        cat=["DIY & Life Hacks", "Home decor"], modash=["Home decor", "DIY"], agency=["home decor|diy", "decoración", "インテリア", "decoração"],
        countries={"ES": 3, "MX": 2, "BR": 3, "DE": 2, "US": 2, "FR": 1, "JP": 1}, platforms="ity", words=["casa", "home", "nest", "deco"],
        bio={"en": ["Small apartment home decor 🪴 renter-friendly DIY", "DIY projects on a budget 🔨"],
             "es": ["Decoración del hogar low cost 🪴 DIY", "Ideas de decoración para pisos pequeños"], "pt": ["Decoração de apê pequeno 🪴 faça você mesmo"],
             "de": ["Wohnen & DIY 🪴"], "fr": ["Déco & DIY 🪴"], "ja": ["1LDKインテリア🪴"]},
        tags={"en": "#homedecor #diy", "es": "#decoracion #diy", "pt": "#decoração #diy", "de": "#wohnen #diy", "fr": "#deco", "ja": "#インテリア"}),
    "filler": dict(
        cat=["Lifestyle", "Humor & Fun & Happiness", "Music & Dance", "Art/Artists", "Photography", "Daily vlogs"],
        modash=["Comedy", "Dance", "Lifestyle"], agency=["lifestyle", "comedy", "photography", "日常"],
        countries={"US": 2, "GB": 1, "JP": 1, "ES": 1, "BR": 2, "MX": 1, "FR": 1, "AE": 1, "KR": 1}, platforms="ity", words=["daily", "vibes", "studio", "life"],
        bio={"en": ["Just vibes & daily vlogs ✌️", "Film photography 📷", "Sketch comedy every Friday 😂"], "ja": ["日常vlog📷"], "es": ["Humor y baile 💃"],
             "pt": ["Dança e humor 💃"], "ar": ["يوميات 📷"], "ko": ["일상 브이로그"], "fr": ["Photographie argentique 📷"]},
        tags={"en": "#vlog #photography", "ja": "#日常", "es": "#humor", "pt": "#dança", "ar": "#يوميات", "ko": "#브이로그", "fr": "#photo"}),
}
WEIGHTS = {"skincare": 10, "makeup": 5, "vegan": 9, "cooking": 5, "coffee": 6, "gaming": 8, "tech": 7, "susfashion": 10,
           "fashion": 5, "fitness": 8, "running": 4, "pets": 7, "travel": 7, "finance": 7, "parenting": 6, "home": 9, "filler": 6}
EMOJI = ["✨", "🌿", "💫", "🌸", "🔥", "🙌", "💛", "📍"]
CTA = {"en": "Collabs: DM or email", "ja": "お仕事のご依頼はDMまで", "es": "Colaboraciones por DM", "fr": "Collabs par DM",
       "de": "Kooperationen per DM", "pt": "Parcerias via DM", "ko": "협업 문의 DM", "ar": "للتعاون راسلوني"}
CURRENCY = {"JP": ("JPY", "¥", 150), "US": ("USD", "$", 1), "GB": ("GBP", "£", 0.8), "ES": ("EUR", "€", 0.92), "MX": ("MXN", "", 18),
            "AR": ("USD", "$", 1), "FR": ("EUR", "€", 0.92), "DE": ("EUR", "€", 0.92), "BR": ("BRL", "", 5), "PT": ("EUR", "€", 0.92),
            "KR": ("KRW", "", 1350), "AE": ("AED", "", 3.67), "SA": ("SAR", "", 3.75), "CA": ("CAD", "", 1.37), "AU": ("AUD", "", 1.5)}

# Median engagement rates used to synthesise stats (mirror data/engagement_benchmarks.csv).
ER_MEDIAN = {"i": [(10_000, 0.051), (100_000, 0.0263), (10**12, 0.0257)],
             "t": [(10_000, 0.085), (100_000, 0.06), (500_000, 0.045), (10**12, 0.032)],
             "y": [(10_000, 0.04), (100_000, 0.03), (500_000, 0.022), (10**12, 0.016)]}
PLATFORM = {"i": "instagram", "t": "tiktok", "y": "youtube"}


def pick_weighted(d):
    keys = list(d)
    return R.choices(keys, weights=[d[k] for k in keys])[0]


def ascii_fold(s):
    table = str.maketrans("áéíóúñüçãõâêôàèìòùäößÁÉÍÓÚÑÜÇÃÕÂÊÔÀÈÌÒÙÄÖ", "aeiounucaoaeoaeiouaosAEIOUNUCAOAEOAEIOUAO")
    return s.translate(table).lower()


# --------------------------------------------------------------------------------------------
# People and accounts
# --------------------------------------------------------------------------------------------
USED_HANDLES = set()


class Person:
    def __init__(self, arch, country=None, lang=None, name=None):
        self.arch = arch
        self.country = country or pick_weighted(A[arch]["countries"])
        cname, clang, city, local = COUNTRIES[self.country]
        self.lang = lang or clang
        if self.lang not in A[arch]["bio"]:
            self.lang = "en"
        self.city = city
        if clang in NAMES_NATIVE:
            (fn, fr), (ln, lr) = R.choice(NAMES_NATIVE[clang][0]), R.choice(NAMES_NATIVE[clang][1])
            self.first_rom, self.last_rom = fr, lr
            native = f"{ln}{fn}" if clang in ("ja", "ko") else f"{fn} {ln}"
            roman = f"{fr.capitalize()} {lr.capitalize()}"
            self.name = name or R.choice([native, f"{fr.capitalize()}", roman, f"{native} | {roman}"])
        else:
            pool = NAMES.get(clang, NAMES["en"])
            f, l = R.choice(pool[0]), R.choice(pool[1])
            self.first_rom, self.last_rom = ascii_fold(f), ascii_fold(l)
            self.name = name or R.choice([f"{f} {l}", f"{f} {l}", f, f"{f} {R.choice(EMOJI)}"])
        self.email = ""
        self.website = ""
        self.accounts = {}

    def make_handle(self, plat):
        w = R.choice(A[self.arch]["words"])
        f, l = self.first_rom.replace(" ", ""), self.last_rom.replace(" ", "")
        for _ in range(50):
            h = R.choice([f"{f}.{w}", f"{f}_{l}", f"{w}with{f}", f"{f}{l[:3]}{R.randint(1, 99)}", f"{f}.{l}",
                          f"the{w}{f}", f"{f}_{w}", f"{l}.{f}"])
            if (plat, h) not in USED_HANDLES:
                USED_HANDLES.add((plat, h))
                return h
        raise RuntimeError("handle space exhausted")


def lognormal_followers(lo=1500, hi=150_000):
    while True:
        f = int(math.exp(R.gauss(math.log(14_000), 1.05)))
        if lo <= f <= hi:
            return f


def median_er(p, followers):
    for bound, er in ER_MEDIAN[p]:
        if followers < bound:
            return er


class Account:
    def __init__(self, person, p, followers=None, er=None, handle=None):
        self.person, self.p = person, p
        self.platform = PLATFORM[p]
        self.handle = handle or person.make_handle(p)
        if handle:
            USED_HANDLES.add((p, handle))
        self.followers = followers or lognormal_followers()
        self.er = er if er is not None else median_er(p, self.followers) * math.exp(R.gauss(0, 0.35))
        inter = self.er * self.followers
        self.following = int(math.exp(R.gauss(math.log(600), 0.6))) if p == "i" else int(math.exp(R.gauss(math.log(150), 0.8)))
        self.posts = int(math.exp(R.gauss(math.log(420 if p != "y" else 140), 0.7))) + 12
        if p == "y":
            self.views = int(self.followers * math.exp(R.gauss(math.log(0.18), 0.5)))
            self.likes = int(inter * 0.9)
            self.comments = max(1, int(inter * 0.1))
            self.shares = None
        elif p == "t":
            self.views = int(self.followers * math.exp(R.gauss(math.log(0.9), 0.6)))
            self.likes = int(inter * 0.9)
            self.comments = max(1, int(inter * 0.06))
            self.shares = max(0, int(inter * 0.04))
        else:
            self.views = None
            self.likes = int(inter * 0.94)
            self.comments = max(1, int(inter * 0.06))
            self.shares = None
        self.bio = make_bio(person)
        self.tags = A[person.arch]["tags"].get(person.lang, A[person.arch]["tags"]["en"])
        self.brand_mentions = []
        cur, sym, rate = CURRENCY[person.country]
        usd = max(40, self.followers * R.uniform(0.006, 0.015))
        self.cost_local = round(usd * rate, -1 if rate < 100 else -3)
        self.currency, self.symbol = cur, sym
        self.sponsored = round(R.uniform(0.0, 0.3), 2)
        person.accounts[p] = self

    def rate(self):
        inter = self.likes + self.comments
        return inter / self.followers if self.followers else 0


def make_bio(person):
    a = A[person.arch]
    phrase = R.choice(a["bio"][person.lang])
    parts = [phrase]
    if R.random() < 0.5:
        parts.insert(0, f"📍{person.city}")
    if R.random() < 0.5:
        parts.append(CTA[person.lang])
    if R.random() < 0.3:
        parts.append(R.choice(EMOJI))
    return (" | " if R.random() < 0.5 else " ").join(parts)


USED_CONTACTS = set()   # e-mails and sites are unique per person, so only true multi-platform people share one


def email_for(person, reserved=("example.com", "example.net", "mail.example")):
    while True:
        local = R.choice([f"{person.first_rom}.{person.last_rom}", f"{person.first_rom}{R.randint(1, 99)}",
                          f"collab.{person.first_rom}", f"{person.first_rom}+pr"]).replace(" ", "")
        email = f"{local}@{R.choice(reserved)}"
        if email not in USED_CONTACTS:
            USED_CONTACTS.add(email)
            return email


def site_for(person):
    site = f"https://www.{person.first_rom}{person.last_rom}.example".replace(" ", "")
    while site in USED_CONTACTS:
        site = site.replace(".example", f"{R.randint(2, 9)}.example")
    USED_CONTACTS.add(site)
    return site


# --------------------------------------------------------------------------------------------
# Build the population
# --------------------------------------------------------------------------------------------
def draw_arch(platform_code):
    while True:
        arch = pick_weighted(WEIGHTS)
        if platform_code in A[arch]["platforms"]:
            return arch


def new_account(p, **kw):
    person = Person(draw_arch(p))
    if R.random() < 0.55:
        person.email = email_for(person)
    if R.random() < 0.25:
        person.website = site_for(person)
    return Account(person, p, **kw)


ig, tt, yt, agency_new = [], [], [], []

# ~15 people on several platforms, linked by the same e-mail or personal web site
multi = []
for i in range(15):
    arch = R.choice(["skincare", "cooking", "coffee", "gaming", "tech", "fitness", "finance", "parenting", "home", "travel", "vegan", "pets"])
    person = Person(arch)
    person.email = email_for(person)
    person.website = site_for(person) if i % 5 != 4 else ""
    plats = [p for p in "ity" if p in A[arch]["platforms"]] or ["i", "t"]
    if len(plats) == 1:
        plats = plats + ["t" if plats[0] != "t" else "i"]
    R.shuffle(plats)
    base = lognormal_followers(3000, 120_000)
    for p in plats[: 2 + (i % 3 == 0)]:
        Account(person, p, followers=int(base * math.exp(R.gauss(0, 0.6))))
    multi.append(person)

# Two different people with the same display name (must not be merged)
twin_a = Person("vegan", country="ES", name="Lucía Fernández")
twin_a.email = "lucia.fernandez@example.com"
twin_b = Person("gaming", country="MX", name="Lucía Fernández")
twin_b.email = "luferplays@example.net"
Account(twin_a, "i", handle="luciafernandez.veg")
Account(twin_b, "t", handle="lufer.plays")

# Link-in-bio pages: personal ones, plus one shared agency page used by three unrelated creators
linkinbio = []
for i, arch in enumerate(["skincare", "fitness", "makeup", "coffee"]):
    person = Person(arch)
    acc = Account(person, "i" if i % 2 == 0 else "t")
    person.website = R.choice(["https://linktr.ee/", "linktr.ee/", "https://beacons.ai/"]) + acc.handle
    linkinbio.append(person)
for arch, p in [("fashion", "i"), ("pets", "t"), ("home", "i")]:
    person = Person(arch)
    person.website = "https://beacons.ai/novatalent"
    Account(person, p)
    linkinbio.append(person)

# Mid / macro / mega creators (~15)
big = []
for f in [120_000, 165_000, 210_000, 260_000, 340_000, 420_000, 480_000, 560_000, 690_000, 820_000, 940_000,
          1_150_000, 1_600_000, 2_300_000, 3_400_000]:
    p = R.choice("ity")
    acc = new_account(p, followers=int(f * R.uniform(0.95, 1.05)))
    big.append(acc)

# Suspicious accounts (~10)
sus = []
for f, er in [(480_000, 0.0004), (910_000, 0.0003), (265_000, 0.0009)]:       # huge audience, no engagement
    sus.append(("dead-audience", new_account(R.choice("it"), followers=f, er=er)))
for _ in range(3):                                                             # follow-for-follow
    acc = new_account("i", followers=R.randint(1800, 4200))
    acc.following = R.randint(6500, 7500)
    sus.append(("mass-following", acc))
for f, er in [(6_200, 0.47), (15_500, 0.62), (24_000, 0.31), (3_900, 0.55)]:  # implausibly high ER
    sus.append(("er-too-high", new_account(R.choice("it"), followers=f, er=er)))

# Brand mentions: glowlab (the SPF-launch brief's brand) and sunveil (its competitor), keyclack, beanhaus
def mention(arch, p, text, brands, country=None):
    person = Person(arch, country=country)
    person.email = email_for(person)
    acc = Account(person, p)
    acc.bio = text
    acc.brand_mentions = brands
    return acc

mentions = [
    mention("skincare", "i", "@glowlab ambassador ✨ 敏感肌のスキンケアと日焼け止めレビュー", ["glowlab"], "JP"),
    mention("skincare", "t", "毎日SPF☀️ #glowlab で肌管理中", ["glowlab"], "JP"),
    mention("skincare", "i", "Sunscreen reviews ☀️ partnered with @sunveil.official", ["sunveil"], "US"),
    mention("skincare", "t", "日焼け止めマニア☀️ #sunveil #PR", ["sunveil"], "JP"),
    mention("gaming", "y", "FPS setups 🎮 keyboards by @keyclack (code FRAG10)", ["keyclack"], "US"),
    mention("coffee", "i", "Home barista ☕ beans from @beanhaus", ["beanhaus"], "GB"),
]

all_accounts = []
for person in multi + [twin_a, twin_b] + linkinbio:
    all_accounts += list(person.accounts.values())
all_accounts += big + [a for _, a in sus] + mentions

target = {"i": 160, "t": 123, "y": 86}
for p in "ity":
    have = sum(1 for a in all_accounts if a.p == p)
    for _ in range(target[p] - have):
        all_accounts.append(new_account(p))

# Every file gets its platform's accounts; the multi-platform people put some accounts only in the agency list.
for acc in all_accounts:
    {"i": ig, "t": tt, "y": yt}[acc.p].append(acc)
agency_only = []
for person in multi[::3]:                       # 5 people whose second account only the agency knows
    acc = list(person.accounts.values())[-1]
    {"i": ig, "t": tt, "y": yt}[acc.p].remove(acc)
    agency_only.append(acc)
for p, n in [("i", 25), ("t", 18), ("y", 12)]:   # plus accounts no vendor export has
    for _ in range(n):
        agency_only.append(new_account(p))
for lst in (ig, tt, yt):
    R.shuffle(lst)

# --------------------------------------------------------------------------------------------
# Formatting helpers
# --------------------------------------------------------------------------------------------
def fmt_us(n, style=None):
    """US-style: 12.5K, 1.2M, 12,345 or 12345."""
    style = style or R.choice(["k", "k", "comma", "comma", "plain"])
    if n >= 1_000_000 and style != "plain":
        return f"{n / 1e6:.1f}M"
    if style == "k" and n >= 10_000:
        return f"{n / 1e3:.1f}K"
    if style == "comma" or (style == "k" and n >= 1000):
        return f"{n:,}"
    return str(n)


def fmt_eu(n):
    """European: 12,5K, 1,2 Mio, 12 345 (space / no-break space) or 12.345."""
    style = R.choice(["k", "k", "space", "space", "nbsp", "dot"])
    if n >= 1_000_000:
        return f"{n / 1e6:.1f}".replace(".", ",") + R.choice([" Mio", " Mio.", "M"])
    if style == "k" and n >= 10_000:
        return f"{n / 1e3:.1f}".replace(".", ",") + "K"
    s = f"{n:,}"
    return s.replace(",", {"space": " ", "nbsp": "\u00a0", "dot": ".", "k": " "}[style])


def pct_us(x):
    return f"{x * 100:.2f}%" if R.random() < 0.5 else f"{x * 100:.1f}%"


def pct_eu(x):
    return f"{x * 100:.1f}".replace(".", ",") + R.choice([" %", "%", "\u00a0%"])


def price_us(acc):
    if R.random() < 0.15:
        return ""
    if acc.symbol and R.random() < 0.8:
        return f"{acc.symbol}{int(acc.cost_local):,}"
    return f"{int(acc.cost_local)} {acc.currency}" if acc.currency in ("USD", "EUR", "JPY", "GBP") else f"${int(acc.cost_local / CURRENCY[acc.person.country][2]):,}"


def write_csv(name, header, rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        if isinstance(r, str):      # a raw, hand-written line (deliberately broken)
            buf.write(r + "\n")
        else:
            w.writerow(r)
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    return len(rows)


def cat_label(acc, key="cat"):
    return R.choice(A[acc.person.arch][key])


# --------------------------------------------------------------------------------------------
# a) Instagram, HypeAuditor-style export
# --------------------------------------------------------------------------------------------
def build_instagram():
    header = ["Username", "Full Name", "Followers", "Following", "Posts", "ER", "Avg. Likes", "Avg. Comments",
              "Category", "Country", "Language", "Bio", "Email", "Website", "Price"]
    rows = []
    for n, acc in enumerate(ig):
        per = acc.person
        handle = acc.handle if R.random() < 0.8 else "@" + acc.handle
        bio = acc.bio
        row = [handle, per.name, fmt_us(acc.followers), fmt_us(acc.following, R.choice(["plain", "comma"])), str(acc.posts),
               pct_us(acc.rate()), fmt_us(acc.likes), fmt_us(acc.comments, "plain"), cat_label(acc),
               COUNTRIES[per.country][0], {"ja": "Japanese", "en": "English", "es": "Spanish", "fr": "French", "de": "German",
                                           "pt": "Portuguese", "ko": "Korean", "ar": "Arabic"}[per.lang] if R.random() < 0.85 else "",
               bio, per.email if (per in multi or R.random() < 0.85) else "", per.website, price_us(acc)]
        rows.append(row)
    # oddities placed at fixed positions
    rows[3][11] = rows[3][11] + "\nNew post every Sunday ☀️"                              # quoted newline in a cell
    fin = next(i for i, a in enumerate(ig) if a.person.arch == "finance" and i > 5)
    rows[fin][11] = "=SUM(A1:A9) jokes aside: budgeting & saving tips for freelancers 💸"    # formula injection
    rows[10][9] = "  " + rows[10][9].lower() + " "                                           # untrimmed, lower case
    rows[12][2] = rows[12][2] + " "                                                          # trailing space in a count
    bad = [
        ["", "Ghost Row", "8,200", "410", "120", "3.1%", "240", "12", "Beauty", "Japan", "Japanese", "no handle in this row", "", "", ""],
        ["tomo.snaps", "Tomo 📷", "abc", "300", "88", "2.2%", "150", "9", "Photography", "Japan", "Japanese", "フィルム写真📷", "", "", ""],
        # unquoted comma in the bio -> 16 fields instead of 15 (ragged row)
        'nadia.brunch,Nadia,5.4K,820,310,4.1%,210,11,Food & Drinks,United Kingdom,English,Brunch spots, coffee and cake ☕,,,£90',
    ]
    rows.insert(40, bad[0])
    rows.insert(95, bad[1])
    rows.insert(150, bad[2])
    return write_csv("instagram_hypeauditor_2026-11-20.csv", header, rows), header


# --------------------------------------------------------------------------------------------
# b) TikTok, Modash-style export: semicolons, European numbers
# --------------------------------------------------------------------------------------------
def build_tiktok():
    header = ["Tiktoker name", "Display name", "Followers", "Views avg.", "Likes avg", "Comments avg.", "Shares avg",
              "Engagement rate", "Niche", "Country/Region", "Bio", "Hashtags", "Contact email"]
    rows = []
    for acc in tt:
        per = acc.person
        country = COUNTRIES[per.country][3] if R.random() < 0.06 else COUNTRIES[per.country][0]
        handle = acc.handle if R.random() < 0.85 else R.choice(["@" + acc.handle, acc.handle.upper()])
        rows.append([handle, per.name, fmt_eu(acc.followers), fmt_eu(acc.views), fmt_eu(acc.likes), fmt_eu(acc.comments),
                     fmt_eu(acc.shares), pct_eu((acc.likes + acc.comments + acc.shares) / acc.followers), cat_label(acc, "modash"),
                     country, acc.bio, acc.tags if R.random() < 0.9 else "", per.email if (per in multi or R.random() < 0.8) else ""])
    bad = [
        ["", "sin nombre", "12,5K", "40 000", "3 100", "95", "40", "7,9 %", "Comedy", "Mexico", "sin usuario 🤷", "#humor", ""],
        # one field too many (an extra ';' in the middle)
        "kai.moves;Kai ✌️;22,1K;31 000;2 400;;88;41;11,4 %;Dance;Germany;Tanzen ist Leben 💃;#dance;",
    ]
    rows.insert(30, bad[0])
    rows.insert(100, bad[1])
    return write_csv("tiktok_modash_export.csv", header, rows, delimiter=";"), header


# --------------------------------------------------------------------------------------------
# c) YouTube channel list
# --------------------------------------------------------------------------------------------
def build_youtube():
    header = ["Youtube channel", "youtuber name", "Category", "Subscribers", "Avg views", "Avg likes", "Avg comments",
              "Audience Country", "Description", "Link in bio"]
    rows = []
    for n, acc in enumerate(yt):
        per = acc.person
        r = R.random()
        if r < 0.25:
            chan = f"https://www.youtube.com/@{acc.handle}"
        elif r < 0.3:
            chan = f"youtube.com/@{acc.handle}"
        else:
            chan = acc.handle
        def maybe_missing(v):
            return R.choice(["N/A", "-", "", "N/A'", "#VALOR!"]) if R.random() < 0.05 else v
        rows.append([chan, per.name, cat_label(acc), fmt_us(acc.followers, R.choice(["k", "k", "comma"])),
                     maybe_missing(fmt_us(acc.views, "k")), maybe_missing(fmt_us(acc.likes)), maybe_missing(str(acc.comments)),
                     COUNTRIES[per.country][0] if R.random() < 0.9 else "N/A", acc.bio, per.website])
    rows.insert(60, ["", "Channel without id", "Education", "44.1K", "9.2K", "610", "35", "United States", "Study with me 📚", ""])
    return write_csv("youtube_channels.csv", header, rows), header


# --------------------------------------------------------------------------------------------
# d) Agency master list: canonical columns, several platforms, overlaps with a/b/c
# --------------------------------------------------------------------------------------------
def build_agency():
    header = ["platform", "handle", "display_name", "profile_url", "followers", "following", "posts", "avg_likes",
              "avg_comments", "avg_views", "engagement_rate", "niches", "bio", "hashtags", "country", "language", "email",
              "website", "brand_mentions", "sponsored_ratio", "est_cost", "currency", "as_of"]
    def platform_text(p):
        return R.choice({"i": ["instagram", "instagram", "Instagram", "IG"], "t": ["tiktok", "tiktok", "TikTok"],
                         "y": ["youtube", "youtube", "YouTube", "YT"]}[p])
    def url(acc):
        return {"i": R.choice([f"https://www.instagram.com/{acc.handle}/?hl=en", f"instagram.com/{acc.handle}", f"https://instagram.com/{acc.handle}/"]),
                "t": R.choice([f"tiktok.com/@{acc.handle}", f"https://www.tiktok.com/@{acc.handle}?lang=en"]),
                "y": f"https://www.youtube.com/@{acc.handle}"}[acc.p]
    def row(acc, as_of, scale=1.0, handle_style="plain"):
        per = acc.person
        f = int(acc.followers * scale)
        likes, comments = int(acc.likes * scale), int(acc.comments * scale)
        handle = {"plain": acc.handle, "at": "@" + acc.handle, "upper": acc.handle.upper(),
                  "at-upper": "@" + acc.handle.capitalize(), "url-only": ""}[handle_style]
        prof = url(acc) if handle_style == "url-only" or R.random() < 0.5 else ""
        return [platform_text(acc.p), handle, per.name, prof, str(f), str(acc.following) if acc.p == "i" else "",
                str(acc.posts), str(likes), str(comments), str(int(acc.views * scale)) if acc.views else "",
                f"{(likes + comments) / f:.4f}" if R.random() < 0.9 else f"{(likes + comments) / f * 100:.1f}%",
                R.choice(A[per.arch]["agency"]), acc.bio, acc.tags, per.country, per.lang, per.email, per.website,
                "|".join(acc.brand_mentions), f"{acc.sponsored:.2f}", str(int(acc.cost_local)), acc.currency, as_of]
    rows = []
    # ~50 accounts that the vendor exports also hold (first the brand-mention creators), written differently, newer or older snapshot
    lib = [a for per in linkinbio for a in per.accounts.values()]
    overlap_pool = mentions[:4] + lib + [a for a in ig if a.person not in multi + linkinbio and a not in mentions][:12] + [a for a in tt if a.person not in multi][:15] + \
                   [a for a in yt if a.person not in multi][:8]
    for person in multi:                        # the multi-platform people's vendor-listed accounts
        for acc in person.accounts.values():
            if acc in ig or acc in tt or acc in yt:
                overlap_pool.append(acc)
    overlap_pool = overlap_pool[:50]
    styles = ["plain", "at", "upper", "at-upper", "url-only"]
    for acc in overlap_pool:
        newer = R.random() < 0.6
        rows.append(row(acc, "2026-12-01" if newer else "2026-09-15", R.uniform(1.01, 1.06) if newer else R.uniform(0.9, 0.98),
                        R.choice(styles)))
    for acc in agency_only:
        rows.append(row(acc, R.choice(["2026-11-28", "2026-12-01", "2026-10-30"])))
    # a display name that starts with '@' and a bio that starts with '+' (spreadsheet-injection neutralisation)
    home = next(i for i, a in enumerate(agency_only) if a.person.arch == "home")
    rows[len(overlap_pool) + home][2] = "@home.with." + agency_only[home].person.first_rom + " 🪴"
    de = next((i for i, a in enumerate(agency_only) if a.person.country == "DE"), 0)
    rows[len(overlap_pool) + de][12] = "+49 151 0000000 for bookings | " + rows[len(overlap_pool) + de][12]
    # a creator who already used Nido's campaign hashtag (nido-home-decor's `campaign_hashtags`)
    for i, a in enumerate(overlap_pool + agency_only):
        if a.handle == "nestwithalejandro":
            rows[i][13] += " #NidoEnCasa"
    R.shuffle(rows)
    bad = [
        ["instagram", "bea.bakes", "Bea", "", "abc", "300", "120", "400", "20", "", "", "baking", "Sourdough & cakes 🍰", "#baking", "GB", "en",
         "", "", "", "0.10", "150", "GBP", "2026-12-01"],
        ["instagram", "", "No Handle Row", "", "15300", "510", "230", "700", "31", "", "0.047", "fitness", "", "", "US", "en", "", "", "", "",
         "", "", "2026-12-01"],
        ["myspace", "oldschool.dj", "DJ Retro", "", "2300", "", "40", "55", "4", "", "", "music", "", "", "US", "en", "", "", "", "", "", "",
         "2026-12-01"],
    ]
    rows.insert(20, bad[0])
    rows.insert(60, bad[1])
    rows.insert(90, bad[2])
    return write_csv("agency_master_list.csv", header, rows), header, len(overlap_pool)


# --------------------------------------------------------------------------------------------
# Briefs
# --------------------------------------------------------------------------------------------
BRIEFS_HEADER = ["brief_id", "brand", "niches", "keywords", "description", "platforms", "min_followers", "max_followers",
                 "min_engagement_rate", "countries", "languages", "budget", "currency", "shortlist_size", "exclude",
                 "seed_creators", "campaign_hashtags", "relationship_mode"]
BRIEFS = [
    ["glowlab-spf-launch", "Glowlab", "skincare|スキンケア", "spf|sunscreen|日焼け止め|敏感肌|スキンケア",
     "Launch of a lightweight SPF50 sunscreen for sensitive skin; Japanese-speaking creators, honest reviews.", "instagram|tiktok",
     "3000", "150000", "2%", "JP", "ja", "900000", "JPY", "12", "sunveil|@sunveil.official", "", "", ""],
    ["verdemesa-vegan-tacos", "Verde Mesa", "vegan|cooking", "vegano|vegana|recetas|plant-based|vegan",
     "Plant-based taco kits for Spain and Mexico; recipe content in Spanish.", "instagram|tiktok", "2000", "100000", "0.025",
     "ES|MX", "es", "6000", "EUR", "8", "", "", "", ""],
    ["pixelforge-keyboard", "PixelForge", "gaming|pc gaming", "keyboard|setup|fps|mechanical|teclado|tastatur|キーボード",
     "Hot-swappable mechanical keyboard for FPS players; setup tours and reviews.", "youtube|tiktok", "5000", "500000", "",
     "US|GB|DE|JP", "en|de|ja", "15000", "USD", "8", "keyclack|@keyclack", "", "", ""],
    ["maille-circulaire-fw26", "Maille Circulaire", "sustainable fashion", "secondhand|seconde main|upcycling|slow fashion|nachhaltige mode|friperie",
     "Circular knitwear label: repair, resale and upcycling stories.", "instagram|tiktok", "1500", "100000", "2.5%", "FR|DE", "fr|de", "8000",
     "EUR", "6", "", "", "", ""],
    ["stride-fitness-app", "Stride", "fitness|running", "home workout|hiit|workout|running|marathon",
     "Fitness app with 20-minute home workouts; wants trainers who post routines.", "instagram|tiktok|youtube", "10000", "250000",
     "0.02", "US|GB|CA|AU", "en", "25000", "USD", "15", "", "", "", ""],
    ["pawsome-kitchen", "Pawsome Kitchen", "pets|dogs", "dog food|rawfeeding|raw feeding|dog|cachorro|alimentação natural",
     "Fresh dog food subscription launching in the US, UK and Brazil.", "instagram|tiktok", "2000", "120000", "2%", "US|GB|BR",
     "en|pt", "12000", "USD", "12", "", "", "", ""],
    ["backpack-lite-travel", "Backpack Lite", "budget travel", "budget travel|backpacking|hostel|mochilero|viajes baratos|backpacker",
     "Ultralight travel backpack; creators who travel cheaply and film their gear.", "youtube|instagram", "5000", "", "1.5%", "",
     "", "10000", "EUR", "8", "", "", "", ""],
    ["coinnest-savings", "CoinNest", "personal finance", "budgeting|saving|investing|finanças|investimentos|節約",
     "Round-up savings app: looking for creators who teach budgeting without hype.", "youtube|tiktok|instagram", "3000", "300000",
     "", "US|GB|BR", "en|pt", "18000", "USD", "12", "crypto", "", "", ""],
    ["littlesteps-parenting", "LittleSteps", "parenting", "子育て|育児|toddler|baby|momlife",
     "Toddler shoes brand; real-life parenting content in Japan and the US.", "instagram|tiktok", "2000", "100000", "2%", "JP|US",
     "ja|en", "1500000", "JPY", "10", "", "", "", "prefer"],
    ["nido-home-decor", "Nido", "interior design|diy", "decoración|decoração|home decor|diy|low cost",
     "Affordable home decor for small flats in Spain, Mexico and Brazil.", "instagram|tiktok|youtube", "2000", "150000", "0.02", "ES|MX|BR",
     "es|pt", "7000", "EUR", "8", "", "instagram:nestwithcarmen|@nerea_casa", "#NidoEnCasa", ""],
    ["brewcraft-coffee", "BrewCraft", "coffee", "coffee|latte|espresso|latteart|コーヒー|커피|home barista",
     "Home espresso grinder; latte-art and home-barista creators.", "instagram|tiktok", "2000", "150000", "2%", "GB|US|JP|KR",
     "en|ja|ko", "9000", "GBP", "12", "beanhaus|@beanhaus", "", "", ""],
    ["voltlab-gadgets", "VoltLab", "gadgets", "unboxing|review|gadget|smartphone|ガジェット",
     "Magnetic power banks; unboxing and honest gadget reviews.", "youtube|instagram|tiktok", "5000", "", "1.5%", "US|GB|DE|JP",
     "", "20000", "USD", "20", "", "", "", ""],
]


def build_briefs():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(BRIEFS_HEADER)
    w.writerows(BRIEFS)
    with open(os.path.join(HERE, "briefs.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    return len(BRIEFS)


def main():
    os.makedirs(OUT, exist_ok=True)
    n_a, _ = build_instagram()
    n_b, _ = build_tiktok()
    n_c, _ = build_youtube()
    n_d, _, n_overlap = build_agency()
    n_br = build_briefs()
    print(f"instagram rows {n_a}, tiktok rows {n_b}, youtube rows {n_c}, agency rows {n_d} ({n_overlap} overlap), briefs {n_br}")
    print(f"distinct generated accounts: {len(USED_HANDLES)}; multi-platform people {len(multi)}; suspicious {len(sus)}; big {len(big)}")


if __name__ == "__main__":
    main()
