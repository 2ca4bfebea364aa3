#!/usr/bin/env python3
"""Generate the messy creator-export fixtures in this folder.

Every export NAME.csv gets NAME.expect.json with what a correct ingest must report.
All creators are fictional (names built from random syllables, fixed seed).

The expectations are COMPUTED: after writing each file, the script reads it back
(decoding with the file's codec, parsing with Python's csv module) and derives
data_records, bad_rows, line-ending counts and the sample values from what it read.
Record start lines are cross-checked against the conformance reference parser
(../conformance/generate.py), and every sampled value is checked against the value
the generator meant to write.

Standard library only. Run:  python3 Tests/Fixtures/exports/generate.py
"""
import codecs
import csv
import io
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep the fixtures folder clean
sys.path.insert(0, os.path.join(HERE, "..", "conformance"))
from generate import reference_parse, CSVSyntaxError  # noqa: E402

rng = random.Random(20240611)

# --------------------------------------------------------------------------
# Fictional creators
# --------------------------------------------------------------------------
SYL = ["ka", "lo", "mi", "ra", "ne", "to", "su", "vi", "da", "zo", "pe", "lu", "ri", "an", "el",
       "mo", "ta", "ji", "fa", "yo", "be", "ni", "sa", "qu", "wen", "dor", "lin", "mar", "tek"]
SUFFIX = ["", "_", ".", "_official", ".tv", "_daily", "x", "_eats", ".fit", "_art", "studio", "_plays"]
FIRST = ["Ari", "Bea", "Cato", "Dana", "Eli", "Fen", "Gus", "Hana", "Ivo", "Juno", "Kai", "Lia",
         "Milo", "Nia", "Oto", "Pia", "Rio", "Sol", "Teo", "Uma", "Vera", "Wes", "Yara", "Zed"]
LAST = ["Marlow", "Quint", "Vance", "Okoro", "Lindqvist", "Petrov", "Santos", "Nakamura", "Haddad",
        "Kowal", "Brandt", "Reyes", "Moreau", "Osei", "Farrow", "Ilves"]
NICHES = ["Beauty", "Fitness", "Food", "Travel", "Gaming", "Music", "Comedy", "Fashion", "Tech",
          "Education", "Parenting", "Pets", "Finance", "Art", "Sports with a ball", "Lifestyle"]
COUNTRIES = ["United States", "Brazil", "India", "Indonesia", "Germany", "France", "Spain",
             "Mexico", "Japan", "South Korea", "Egypt", "Nigeria", "Poland", "Canada"]
_used = set()


def new_handle(minlen=2):
    while True:
        h = "".join(rng.choice(SYL) for _ in range(rng.randint(minlen, 3))) + rng.choice(SUFFIX)
        if rng.random() < 0.25:
            h += str(rng.randint(1, 99))
        if h not in _used and not h.endswith("."):
            _used.add(h)
            return h


def new_name():
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


# --------------------------------------------------------------------------
# Number formats (writer side). Each returns (text, exact_int_value)
# --------------------------------------------------------------------------
def fmt_k(eu=False):
    v = rng.randint(11, 999) * 100  # 1.1K .. 99.9K
    t = f"{v / 1000:.1f}K"
    return (t.replace(".", ",") if eu else t), v


def fmt_m(eu=False, word=None):
    v = rng.randint(11, 499) * 100_000  # 1.1M .. 49.9M
    t = f"{v / 1_000_000:.1f}"
    if eu:
        t = t.replace(".", ",")
    return t + (word if word else "M"), v


def fmt_grouped(sep=","):
    v = rng.randint(10_000, 999_999)
    return f"{v:,}".replace(",", sep), v


def fmt_plain():
    v = rng.randint(120, 9_999)
    return str(v), v


# --------------------------------------------------------------------------
# Reader side: the parsing rules the ingest is expected to implement
# --------------------------------------------------------------------------
SUFFIXES = {"k": 1_000, "m": 1_000_000, "mio": 1_000_000, "mio.": 1_000_000, "mn": 1_000_000,
            "b": 1_000_000_000, "mrd": 1_000_000_000, "bn": 1_000_000_000}


def parse_count(text, decimal_comma=False):
    """'12.5K' -> 12500, '1,2 Mio' (decimal_comma) -> 1200000, '12 345' -> 12345. None if bad."""
    t = unicodedata.normalize("NFKC", text).strip()
    t = t.replace("\u202f", " ").replace("\u00a0", " ")
    m = re.fullmatch(r"([0-9][0-9., ]*)\s*([A-Za-z.]*)", t)
    if not m:
        return None
    num, suf = m.group(1).strip(), m.group(2).lower()
    mult = 1
    if suf:
        if suf not in SUFFIXES:
            return None
        mult = SUFFIXES[suf]
    num = num.replace(" ", "")
    if decimal_comma:
        if num.count(".") >= 1 and (num.count(".") > 1 or mult == 1):
            num = num.replace(".", "")  # 1.234.567 thousands dots
        num = num.replace(",", ".")
    else:
        if mult == 1 or num.count(",") > 1 or re.fullmatch(r"\d{1,3}(,\d{3})+", num):
            num = num.replace(",", "")
    try:
        value = float(num) * mult
    except ValueError:
        return None
    if value < 0:
        return None
    return int(round(value))


def parse_rate(text, decimal_comma=False):
    """'3.4%' -> 0.034 ; '3,4 %' -> 0.034 (always written with a percent sign here)."""
    t = text.strip().replace("\u00a0", " ")
    if not t.endswith("%"):
        return None
    t = t[:-1].strip()
    if decimal_comma:
        t = t.replace(",", ".")
    try:
        return round(float(t) / 100, 6)
    except ValueError:
        return None


def normalise_handle(text):
    t = unicodedata.normalize("NFKC", text).strip()
    if "/" in t:
        url = re.sub(r"^[a-z]+://", "", t, flags=re.I)
        path = url.split("/", 1)[1] if "/" in url else ""
        path = path.split("?", 1)[0].split("#", 1)[0]
        seg = [s for s in path.split("/") if s]
        t = seg[0] if seg else ""
    return t.lstrip("@").lower()


# --------------------------------------------------------------------------
# Writer helpers
# --------------------------------------------------------------------------
def quote_field(f, delim):
    if f == "" or not any(c in f for c in (delim, '"', "\n", "\r")):
        return f
    return '"' + f.replace('"', '""') + '"'


def join(row, delim):
    return delim.join(quote_field(f, delim) for f in row)


ENCODERS = {
    "utf-8": lambda s: s.encode("utf-8"),
    "utf-8-bom": lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
    "utf-16le": lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
    "utf-16be": lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
    "windows-1252": lambda s: s.encode("cp1252"),
}
DECODERS = {
    "utf-8": "utf-8", "utf-8-bom": "utf-8-sig", "utf-16le": "utf-16", "utf-16be": "utf-16",
    "windows-1252": "cp1252",
}

FILES = {}  # name -> spec dict


def register(name, text, *, encoding, delimiter, line_endings, platform, handle_cols, followers_col,
             decimal_comma=False, rate_col=None, platform_col=None, as_of_col=None, name_col=None,
             intended=None, oddities="", notes=""):
    FILES[name] = dict(text=text, encoding=encoding, delimiter=delimiter, line_endings=line_endings,
                       platform=platform, handle_cols=handle_cols, followers_col=followers_col,
                       decimal_comma=decimal_comma, rate_col=rate_col, platform_col=platform_col,
                       as_of_col=as_of_col, name_col=name_col, intended=intended or {},
                       oddities=oddities, notes=notes)


def rate_text(eu=False):
    r = rng.randint(5, 150) / 10  # 0.5 .. 15.0 %
    return (f"{r:.1f}".replace(".", ",") + " %") if eu else f"{r:.1f}%", round(r / 100, 6)


# --------------------------------------------------------------------------
# 1. ig_utf8_bom.csv
# --------------------------------------------------------------------------
def build_ig_utf8_bom():
    header = ["Username", "Full name", "Followers", "Following", "Posts", "ER", "Avg. Likes",
              "Category", "Country/Region", "Email"]
    rows, intended = [header], {}
    fmts = [lambda: fmt_k(), lambda: fmt_m(), lambda: fmt_grouped(","), fmt_plain]
    for i in range(48):
        h = new_handle()
        ft, fv = fmts[i % 4]()
        er, _ = rate_text()
        likes, _ = fmt_k() if i % 2 else fmt_plain()
        rows.append([h, new_name(), ft, str(rng.randint(50, 3000)), fmt_grouped(",")[0] if i % 5 == 0 else str(rng.randint(10, 999)),
                     er, likes, rng.choice(NICHES), rng.choice(COUNTRIES),
                     f"{h.strip('._')}@example.com" if i % 3 == 0 else ""])
        intended[len(rows) - 1] = (h, fv)
    text = "\r\n".join(join(r, ",") for r in rows) + "\r\n"
    register("ig_utf8_bom", text, encoding="utf-8-bom", delimiter=",", line_endings="crlf",
             platform="instagram", handle_cols=["Username"], followers_col="Followers", rate_col="ER",
             name_col="Full name", intended=intended,
             oddities="UTF-8 BOM, CRLF; counts `12.5K`, `1.2M`, `\"12,345\"` (quoted), plain; ER `3.4%`; platform only from the file name (`ig_`)")


# --------------------------------------------------------------------------
# 2. tiktok_semicolon_eu.csv
# --------------------------------------------------------------------------
def build_tiktok_semicolon_eu():
    header = ["Tiktoker name", "Name", "Follower Count", "Avg. Likes", "Avg. Views",
              "Engagement Rate (%)", "Country/Region", "as_of"]
    rows, intended = [header], {}
    fmts = [lambda: fmt_k(eu=True), lambda: fmt_m(eu=True, word=" Mio"), lambda: fmt_grouped(" "),
            lambda: fmt_grouped("\u00a0"),
            lambda: (lambda v: (f"{v:,}".replace(",", "."), v))(rng.randint(1_000_000, 9_999_999)), fmt_plain,
            lambda: fmt_m(eu=True, word=" Mio.")]
    for i in range(49):
        h = new_handle()
        ft, fv = fmts[i % len(fmts)]()
        er, _ = rate_text(eu=True)
        rows.append([h, new_name(), ft, fmt_k(eu=True)[0], fmt_m(eu=True, word=" Mio")[0], er,
                     rng.choice(["Deutschland", "Österreich", "France", "España", "Italia", "Nederland"]),
                     f"{rng.randint(1, 28):02d}.0{rng.randint(1, 9)}.2024"])
        intended[len(rows) - 1] = (h, fv)
    text = "\n".join(join(r, ";") for r in rows) + "\n"
    register("tiktok_semicolon_eu", text, encoding="utf-8", delimiter=";", line_endings="lf",
             platform="tiktok", handle_cols=["Tiktoker name"], followers_col="Follower Count",
             decimal_comma=True, rate_col="Engagement Rate (%)", as_of_col="as_of", intended=intended,
             oddities="`;` delimiter, decimal comma: `12,5K`, `1,2 Mio`, `2,3 Mio.`, `12 345` (space), `12\u00a0345` (NO-BREAK SPACE U+00A0), `1.234.567` (dots as thousands), rate `3,4 %`; dates `dd.mm.yyyy`; platform from `Tiktoker` header word and file name")


# --------------------------------------------------------------------------
# 3. youtube_utf16le.csv  (Excel "Unicode text")
# --------------------------------------------------------------------------
def build_youtube_utf16le():
    header = ["Youtube channel", "Channel name", "Subscribers", "Avg. Views", "Avg. Likes",
              "Category", "Country", "Website"]
    rows, intended = [header], {}
    fmts = [lambda: fmt_m(), lambda: fmt_k(), fmt_plain, lambda: (lambda v: (str(v), v))(rng.randint(100_000, 90_000_000))]
    for i in range(45):
        h = new_handle()
        chan = new_name() + rng.choice(["", " TV", " - Kids Songs, Rhymes", " | Official", "’s Kitchen"])
        ft, fv = fmts[i % 4]()
        rows.append([h, chan, ft, fmt_m()[0], fmt_k()[0], rng.choice(NICHES),
                     rng.choice(COUNTRIES + ["", "-"]), f"https://example.org/{h.strip('._')}" if i % 4 == 0 else ""])
        intended[len(rows) - 1] = (h, fv)
    text = "\r\n".join(join(r, "\t") for r in rows) + "\r\n"
    register("youtube_utf16le", text, encoding="utf-16le", delimiter="\t", line_endings="crlf",
             platform="youtube", handle_cols=["Youtube channel"], followers_col="Subscribers",
             name_col="Channel name", intended=intended,
             oddities="UTF-16 LE with BOM (`FF FE`), TAB-delimited, CRLF - like Excel \"Unicode text\"; commas inside unquoted fields are data; curly apostrophe `’`; country `-`")


# --------------------------------------------------------------------------
# 4. ig_utf16be.csv
# --------------------------------------------------------------------------
def build_ig_utf16be():
    header = ["Instagram handle", "Name", "Followers", "ER", "Bio", "Niche"]
    rows, intended = [header], {}
    bios = ["Plant mum 🌿 | Berlin", "Coffee, code & cats", "Chef 👩‍🍳 recipes below ⬇️",
            "Runner. \"Slow but steady\"", "Ñandú fan, São Paulo", "ダンス好き"]
    fmts = [lambda: fmt_k(), lambda: fmt_m(), lambda: fmt_grouped(","), fmt_plain]
    for i in range(40):
        h = new_handle()
        ft, fv = fmts[i % 4]()
        rows.append([h, new_name(), ft, rate_text()[0], rng.choice(bios), rng.choice(NICHES)])
        intended[len(rows) - 1] = (h, fv)
    text = "\n".join(join(r, ",") for r in rows) + "\n"
    register("ig_utf16be", text, encoding="utf-16be", delimiter=",", line_endings="lf",
             platform="instagram", handle_cols=["Instagram handle"], followers_col="Followers", rate_col="ER",
             intended=intended,
             oddities="UTF-16 BE with BOM (`FE FF`), comma, LF; emoji outside the BMP (surrogate pairs); quoted bios with commas and `\"\"`")


# --------------------------------------------------------------------------
# 5. legacy_cp1252.csv
# --------------------------------------------------------------------------
def build_legacy_cp1252():
    header = ["Instagram handle", "Full name", "Followers", "Country", "Est. cost", "Bio"]
    rows, intended = [header], {}
    names = ["José Núñez", "Jürgen Müller", "Françoise Lefèvre", "Åsa Øberg", "Zoë Brontë",
             "Mónica Ibáñez", "Ørjan Søvik", "Ægir Þórsson", "Renée Côté", "Šárka Žák", "Eloïse Duval"]
    bios = ["“Cocina casera” – recetas fáciles", "Fußball & Bier… jeden Tag", "Café, crème brûlée ™",
            "‘Less is more’ — minimalismo", "Prix: 1 200 € par post", "Œuvres d’art • Paris"]
    fmts = [lambda: fmt_k(), lambda: fmt_grouped(","), fmt_plain, lambda: fmt_m()]
    special = {0: "josé.cocina", 5: "müller_kocht"}
    for i in range(42):
        h = special.get(i) or new_handle()
        ft, fv = fmts[i % 4]()
        cost = rng.choice(["€1,200", "1.500 €", "€ 950", "£800", "$1,000", "850€"])
        rows.append([h, rng.choice(names), ft, rng.choice(["España", "Deutschland", "France", "Sverige", "Norge"]),
                     cost, rng.choice(bios)])
        intended[len(rows) - 1] = (h, fv)
    text = "\r\n".join(join(r, ",") for r in rows) + "\r\n"
    register("legacy_cp1252", text, encoding="windows-1252", delimiter=",", line_endings="crlf",
             platform="instagram", handle_cols=["Instagram handle"], followers_col="Followers", name_col="Full name",
             intended=intended,
             oddities="Windows-1252 bytes, invalid as UTF-8 (`é`=0xE9, `€`=0x80, curly quotes 0x93/0x94, `–`=0x96, `…`=0x85, `™`=0x99); two handles with non-ASCII letters (`josé.cocina`, `müller_kocht`); CRLF")


# --------------------------------------------------------------------------
# 6. multiline_headers.csv (shape of the real 2022 "top influencers" exports)
# --------------------------------------------------------------------------
def build_multiline_headers():
    header = ["S.no", "Youtube channel", "youtuber name", "Category", "Followers", "Followers",
              "Country", "\nViews (Avg.)", "\nViews (Avg.)", "Likes (Avg.)", "Likes (Avg.)",
              "Comments (Avg.)", "Comments (Avg.)", "Category-2"]
    ncol = len(header)
    lines = [join(header, ",")]
    intended = {}
    n = 0
    for i in range(55):
        if i in (12, 31):
            lines.append("")  # blank row -> no record
            continue
        if i == 40:
            lines.append("," * (ncol - 1))  # a row of only commas -> bad row (missing_handle)
            n += 1
            continue
        n += 1
        h = new_handle()
        # formatted and raw duplicates that agree
        if i % 2:
            fv = rng.randint(11, 999) * 100
            fmt = f"{fv / 1000:.1f}K"
        else:
            fv = rng.randint(11, 2999) * 100_000
            fmt = f"{fv / 1_000_000:.1f}M"
        views = rng.randint(11, 999) * 100
        likes = rng.randint(11, 999) * 100
        row = [str(i + 1), h, new_name(), rng.choice(NICHES), fmt, str(fv),
               rng.choice(COUNTRIES), f"{views / 1000:.1f}K", str(views), f"{likes / 1000:.1f}K", str(likes),
               "", "", rng.choice(NICHES + [""])]
        r = i % 6
        if r == 0:
            row[9], row[10] = "N/A'", "#VALOR!"
        if r in (1, 4):
            row[11], row[12] = "N/A'", "#VALOR!"
        else:
            c = rng.randint(0, 900)
            row[11], row[12] = str(c), str(c)
        if r == 3:
            row[6] = "-"
        if r == 5:
            row[7], row[8] = "0", "0"
        lines.append(join(row, ","))
        intended[n] = (h, fv)  # keyed by data-record ordinal (1-based, excl. blank lines)
    text = "\r\n".join(lines) + "\r\n"
    register("multiline_headers", text, encoding="utf-8", delimiter=",", line_endings="crlf",
             platform="youtube", handle_cols=["Youtube channel"], followers_col="Followers",
             intended={"by_ordinal": intended},
             oddities="header record spans 3 physical lines (two quoted header cells start with LF: `\\nViews (Avg.)`; CRLF between records); index column `S.no`; duplicated `Followers` / `Views (Avg.)` / `Likes (Avg.)` / `Comments (Avg.)` columns (formatted `48.5K` beside raw `48500`; both agree); spreadsheet errors `#VALOR!`, `N/A'`, `-` in non-required columns; two blank lines; one row of only commas",
             notes="The header is one record over lines 1-{header_last_line}; data starts on line {first_data_line}. Header cells need trimming of line breaks/spaces before alias lookup. Followers appear twice with equal values: either column gives the same number.")


# --------------------------------------------------------------------------
# 7. lone_cr_mac.csv
# --------------------------------------------------------------------------
def build_lone_cr_mac():
    header = ["Tiktoker name", "Tiktok name", "Followers", "Views (Avg.)", "Likes (Avg.)", "Comments (Avg.)", "Shares (Avg.)"]
    rows, intended = [header], {}
    for i in range(40):
        h = new_handle()
        ft, fv = [fmt_k, fmt_m, fmt_plain][i % 3]()
        rows.append([h, new_name(), ft, fmt_m()[0], fmt_k()[0], fmt_plain()[0], fmt_k()[0]])
        intended[len(rows) - 1] = (h, fv)
    text = "\r".join(join(r, ",") for r in rows) + "\r"
    register("lone_cr_mac", text, encoding="utf-8", delimiter=",", line_endings="cr",
             platform="tiktok", handle_cols=["Tiktoker name"], followers_col="Followers", name_col="Tiktok name",
             intended=intended,
             oddities="lone CR line endings (classic Mac / some Excel for Mac exports); a line-based reader sees one giant line")


# --------------------------------------------------------------------------
# 8. multilang_bios.csv
# --------------------------------------------------------------------------
def build_multilang_bios():
    header = ["Instagram handle", "Name", "Followers", "Bio", "Hashtags", "Language", "Country"]
    rows, intended = [header], {}
    samples = [
        ("ja", "Japan", "山田 花子", "東京在住📍\nカフェと写真が好き☕️📷\n#東京カフェ", "#東京 #カフェ #写真"),
        ("ar", "Egypt", "نور الهدى", "مدونة سفر ✈️\nالقاهرة ← دبي", "#سفر #القاهرة"),
        ("ko", "South Korea", "이서연", "서울 | 뷰티 & 패션 💄\n협찬 문의: DM", "#뷰티 #패션 #서울"),
        ("he", "Israel", "נועה כהן", "\u200fבישול ביתי 🍲\u200f", "#בישול #מתכונים"),
        ("en", "United States", "Ari Marlow", "Dad jokes 24/7 😂\n\"Professional\" napper", "#comedy #dadjokes"),
        ("hi", "India", "प्रिया शर्मा", "योग 🧘‍♀️ और ध्यान", "#yoga #योग"),
        ("th", "Thailand", "สมชาย ใจดี", "รีวิวอาหาร 🍜", "#อาหาร #รีวิว"),
        ("ru", "Russia", "Алина Смирнова", "Фитнес, питание,\nмотивация 💪", "#фитнес #спорт"),
        ("zh", "Taiwan", "陳怡君", "台北美食 🥟 | 旅遊", "#台北 #美食"),
        ("pt", "Brazil", "João Conceição", "Futebol ⚽ e churrasco 🔥\n🇧🇷", "#futebol #brasil"),
    ]
    for i in range(44):
        h = new_handle()
        lang, country, name, bio, tags = samples[i % len(samples)]
        ft, fv = [fmt_k, fmt_m, fmt_plain, lambda: fmt_grouped(",")][i % 4]()
        if i == 4:
            bio = bio.replace("\n", "\r\n")  # one CRLF inside quotes in an LF file
        rows.append([h, name, ft, bio, tags, lang, country])
        intended[len(rows) - 1] = (h, fv)
    text = "\n".join(join(r, ",") for r in rows) + "\n"
    register("multilang_bios", text, encoding="utf-8", delimiter=",", line_endings="lf",
             platform="instagram", handle_cols=["Instagram handle"], followers_col="Followers", name_col="Name",
             intended=intended,
             oddities="Japanese, Arabic, Korean, Hebrew (RTL, with U+200F marks), Hindi, Thai, Cyrillic, Chinese, emoji ZWJ sequences and flags; bios with quoted line breaks (LF, one CRLF inside quotes) so records span 2-3 physical lines; hashtags column",
             notes="Physical line numbers advance inside quoted bios; the `line` of a record is where it starts.")


# --------------------------------------------------------------------------
# 9. ragged_and_bad.csv
# --------------------------------------------------------------------------
def build_ragged_and_bad():
    header = ["Tiktoker name", "Name", "Followers", "Avg. Likes", "Bio"]
    lines, intended = [join(header, ",")], {}
    n = 0
    for i in range(44):
        h = new_handle()
        ft, fv = [fmt_k, fmt_m, fmt_plain][i % 3]()
        row = [h, new_name(), ft, fmt_k()[0], rng.choice(["fun stuff", "dance, dance", "", "memes"])]
        if i == 5:
            row = row + ["extra", "fields"]          # too many -> ragged_row
        elif i == 9:
            row = row[:3]                              # too few -> ragged_row
        elif i == 14:
            row[0] = ""                                # missing handle
        elif i == 18:
            row[0] = "   "                             # whitespace-only handle -> missing
        elif i == 21:
            row[2] = "abc"                             # bad_count
        elif i == 25:
            row[2] = "-1200"                           # negative -> bad_count
        elif i == 29:
            row[2] = "12.5X"                           # unknown suffix -> bad_count
        elif i == 33:
            row = [""] * len(header)                   # only commas -> missing_handle
        elif i == 37:
            row[1] = "Name, with comma"                # properly quoted, fine
            row[4] = "multi\nline bio"                 # quoted newline, fine
        n += 1
        lines.append(join(row, ","))
        if i not in (5, 9, 14, 18, 21, 25, 29, 33):
            intended[n] = (h, fv)
    # last record: quote opened and never closed
    lines.append(f'{new_handle()},Last One,9.9K,1K,"this bio never ends, it runs to EOF')
    text = "\n".join(lines) + "\n"
    register("ragged_and_bad", text, encoding="utf-8", delimiter=",", line_endings="lf",
             platform="tiktok", handle_cols=["Tiktoker name"], followers_col="Followers",
             intended={"by_ordinal": intended},
             oddities="rows with 7 and 3 fields (header has 5); empty and whitespace-only handle; followers `abc`, `-1200`, `12.5X`; a row of only commas; one quoted multi-line bio (valid); an unterminated quote on the LAST record",
             notes="data_records counts every record after the header including bad ones; the unterminated last record counts as one record and is reported as unterminated_quote at the line where it starts.")


# --------------------------------------------------------------------------
# 10. canonical_multi.csv
# --------------------------------------------------------------------------
def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def build_canonical_multi():
    header = ["platform", "handle", "display_name", "profile_url", "followers", "following", "posts",
              "avg_likes", "avg_comments", "avg_views", "niches", "country", "language", "email", "as_of"]
    rows, intended = [header], {}
    plats = ["instagram", "tiktok", "youtube"]
    base = []
    for i in range(36):
        p = plats[i % 3]
        h = new_handle()
        hv = h if i % 5 else h.capitalize()
        form = (i // 3) % 6  # every platform gets every form
        if form == 0:
            written = "@" + hv
        elif form == 1:
            written = {"instagram": f"https://www.instagram.com/{hv}/?hl=en",
                       "tiktok": f"tiktok.com/@{hv}", "youtube": f"youtube.com/@{hv}"}[p]
        elif form == 2:
            written = fullwidth(hv)
        else:
            written = hv
        url = {"instagram": f"https://www.instagram.com/{h}/", "tiktok": f"https://www.tiktok.com/@{h}",
               "youtube": f"https://www.youtube.com/@{h}"}[p]
        fv = rng.randint(1_000, 5_000_000)
        platform_text = p if i % 4 else {"instagram": "IG", "tiktok": "TikTok", "youtube": "YouTube"}[p]
        row = [platform_text, written, new_name(), url if i % 2 else "", str(fv), str(rng.randint(0, 2000)),
               str(rng.randint(1, 3000)), str(rng.randint(10, 90000)), str(rng.randint(0, 900)),
               str(rng.randint(100, 900000)) if p != "instagram" else "",
               "|".join(rng.sample(NICHES, 2)), rng.choice(["US", "BR", "DE", "JP", "IN"]),
               rng.choice(["en", "pt", "de", "ja"]), "", "2024-03-01"]
        if i == 7:
            row[1] = ""  # handle only in the profile URL
            row[3] = url
        rows.append(row)
        intended[len(rows) - 1] = (h, fv)
        base.append((row, h, p))
    # duplicates: same account, later snapshot, handle written differently
    for k, (row, h, p) in enumerate(base[:12]):
        d = list(row)
        fv = int(d[4]) + rng.randint(1, 5000)
        d[4] = str(fv)
        d[1] = [fullwidth("@" + h.upper()), "@" + h, f"https://www.{p}.com/@{h}" if p != "instagram" else f"instagram.com/{h}"][k % 3]
        d[14] = "2024-06-01"
        rows.append(d)
        intended[len(rows) - 1] = (h, fv)
    text = "\n".join(join(r, ",") for r in rows) + "\n"
    register("canonical_multi", text, encoding="utf-8", delimiter=",", line_endings="lf",
             platform=None, handle_cols=["handle", "profile_url"], followers_col="followers",
             platform_col="platform", as_of_col="as_of", name_col="display_name", intended=intended,
             oddities="canonical headers incl. `platform` (`instagram`/`IG`/`TikTok`/`YouTube`) and `as_of`; handles as `@Name`, `https://www.instagram.com/name/?hl=en`, `tiktok.com/@name`, `youtube.com/@name`, full-width `ｎａｍｅ`, capitalised; one row with the handle only in `profile_url`; 12 rows re-appear with a later `as_of` and higher followers",
             notes="platform is null (mixed). distinct_accounts counts platform:handle after normalisation; the 12 later snapshots (as_of 2024-06-01) duplicate earlier rows (2024-03-01).")


# --------------------------------------------------------------------------
# Read back and compute expectations
# --------------------------------------------------------------------------
def read_back(name, spec, data):
    text = data.decode(DECODERS[spec["encoding"]])
    delim = spec["delimiter"]
    # line endings (all, inside or outside quotes)
    crlf = text.count("\r\n")
    counts = {"lf": text.count("\n") - crlf, "crlf": crlf, "cr": text.count("\r") - crlf}
    # csv module pass, recording start lines
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=True)
    records, unterminated_line = [], None
    prev = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            if "unexpected end of data" not in str(e):
                raise
            unterminated_line = prev + 1
            break
        if row:  # [] is a blank line
            records.append((prev + 1, row))
        prev = reader.line_num
    # cross-check with the conformance reference parser
    try:
        ref = reference_parse(text, delim, with_lines=True)
        ref_unterminated = None
    except CSVSyntaxError as e:
        assert e.kind == "unterminated_quote", e
        ref, ref_unterminated = e.records, e.line
    assert [(l, r) for l, r in ref] == records, f"{name}: reference parser disagrees with csv module"
    if unterminated_line is not None:
        # the reference reports the quote's own line; the record start is what we report
        assert ref_unterminated is not None and ref_unterminated >= unterminated_line
    return text, counts, records, unterminated_line


def expectations(name, spec, data):
    text, counts, records, unterminated_line = read_back(name, spec, data)
    header_line, header = records[0]
    hdr = [h.strip() for h in header]
    body = records[1:]
    col = lambda label: hdr.index(label)  # first occurrence
    hcols = [col(c) for c in spec["handle_cols"]]
    fcol = col(spec["followers_col"])
    bad, good = [], []
    for ordinal, (line, row) in enumerate(body, start=1):
        if all(f.strip() == "" for f in row):
            bad.append({"line": line, "reason": "missing_handle"})
            continue
        if len(row) != len(hdr):
            bad.append({"line": line, "reason": "ragged_row"})
            continue
        handle = ""
        for c in hcols:
            handle = normalise_handle(row[c])
            if handle:
                break
        if not handle:
            bad.append({"line": line, "reason": "missing_handle"})
            continue
        followers = parse_count(row[fcol], spec["decimal_comma"])
        if followers is None:
            bad.append({"line": line, "reason": "bad_count"})
            continue
        good.append((ordinal, line, row, handle, followers))
    data_records = len(body)
    if unterminated_line is not None:
        data_records += 1
        bad.append({"line": unterminated_line, "reason": "unterminated_quote"})

    # verify against what the generator meant to write
    intended = spec["intended"]
    by_ordinal = "by_ordinal" in intended
    imap = intended["by_ordinal"] if by_ordinal else intended
    assert len(good) == len(imap), f"{name}: {len(good)} good rows, intended {len(imap)}"
    for ordinal, line, row, handle, followers in good:
        h, fv = imap[ordinal]
        assert handle == normalise_handle(h) == h.lower(), (name, line, handle, h)
        assert followers == fv, (name, line, row[fcol], followers, fv)

    # samples: first, middle and last good row, then rows showing the file's oddities
    def kind(g):
        raw_h, raw_f = g[2][hcols[0]], g[2][fcol]
        if name == "canonical_multi":
            if raw_h == "":
                return "handle_from_profile_url"
            if any(ord(c) > 0xFF00 for c in raw_h):
                return "fullwidth"
            if "instagram.com" in raw_h:
                return "instagram_url"
            if "tiktok.com" in raw_h:
                return "tiktok_url"
            if "youtube.com" in raw_h:
                return "youtube_url"
            if g[2][col(spec["as_of_col"])] != "2024-03-01":
                return "later_snapshot"
            return None
        if name == "tiktok_semicolon_eu":
            for ch, k in (("\u00a0", "nbsp_group"), (" Mio.", "mio_dot"), (" Mio", "mio"), (".", "dot_groups"),
                          (" ", "space_group"), (",", "decimal_comma")):
                if ch in raw_f:
                    return k
            return None
        if name == "ig_utf8_bom" and "," in raw_f:
            return "comma_group"
        if not g[3].isascii():
            return "non_ascii_handle"
        if any("\n" in f or "\r" in f for f in g[2]):
            return "multiline_record"
        return None
    limit = {"canonical_multi": 8, "tiktok_semicolon_eu": 6}.get(name, 5)
    chosen = sorted({0, len(good) - 1} if name in ("canonical_multi", "tiktok_semicolon_eu")
                    else {0, len(good) // 2, len(good) - 1})
    seen = set()
    for k, g in enumerate(good):
        kd = kind(g)
        if kd and kd not in seen and len(chosen) < limit:
            seen.add(kd)
            if k not in chosen:
                chosen.append(k)
    chosen.sort()
    sample = []
    for k in chosen:
        ordinal, line, row, handle, followers = good[k]
        s = {"line": line, "handle": handle, "followers": followers}
        if kind(good[k]):
            s["shows"] = kind(good[k])
        if spec["platform_col"]:
            s["platform"] = platform_from_text(row[col(spec["platform_col"])])
        if spec["rate_col"]:
            s["engagement_rate"] = parse_rate(row[col(spec["rate_col"])], spec["decimal_comma"])
        if spec["name_col"]:
            s["display_name"] = row[col(spec["name_col"])]
        if spec["as_of_col"]:
            s["as_of_raw"] = row[col(spec["as_of_col"])]
        s["raw_followers"] = row[fcol]
        sample.append(s)

    distinct = None
    if spec["platform_col"]:
        distinct = len({(platform_from_text(g[2][col(spec["platform_col"])]), g[3]) for g in good})
    out = {
        "file": name + ".csv",
        "platform": spec["platform"],
        "delimiter": spec["delimiter"],
        "encoding": spec["encoding"],
        "line_endings": spec["line_endings"],
        "line_ending_counts": counts,
        "header_line": header_line,
        "header_fields": len(hdr),
        "data_records": data_records,
        "good_records": data_records - len(bad),
        "bad_rows": sorted(bad, key=lambda b: b["line"]),
        "sample": sample,
    }
    if distinct is not None:
        out["distinct_accounts"] = distinct
    if spec["notes"]:
        out["notes"] = spec["notes"].replace("{first_data_line}", str(body[0][0])).replace(
            "{header_last_line}", str(body[0][0] - 1))
    # sanity on declared line endings
    dominant = max(counts, key=counts.get)
    assert dominant == spec["line_endings"], (name, counts)
    return out


def platform_from_text(t):
    f = re.sub(r"[^a-z0-9]", "", t.lower())
    return {"instagram": "instagram", "ig": "instagram", "tiktok": "tiktok", "youtube": "youtube"}[f]


README_HEAD = """# Messy creator exports

Generated by `generate.py` (Python 3, standard library only; fixed random seed, fictional
creators). Each `NAME.csv` has `NAME.expect.json` with what a correct ingest must report.
The expectations are computed by reading the written bytes back (right codec + Python's
`csv` module, cross-checked with the conformance reference parser in
`../conformance/generate.py`), and every sampled value is checked against the value the
generator intended to write.

## Files

| File | Encoding | Delimiter | Line endings | Platform | Data records | Bad rows | Oddities |
|---|---|---|---|---|---|---|---|
"""

README_TAIL = """
## `NAME.expect.json`

- `platform`: the platform for every row, or `null` when the file mixes platforms (then each
  sample carries its own `platform`).
- `delimiter`, `encoding` (`utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1252`),
  `line_endings` (dominant style: `lf`, `crlf`, `cr`); `line_ending_counts` counts every line
  break in the decoded text, inside quoted fields too.
- `header_line` is the line the header record starts on; `header_fields` its field count.
- `data_records`: records after the header, blank lines excluded, bad rows included. A final
  record with an unterminated quote counts as one record.
- `good_records` = `data_records` - number of `bad_rows`.
- `bad_rows`: `{line, reason}`; `line` is the 1-based physical line where the record starts
  (CRLF, LF and a lone CR each end one physical line, also inside quotes). Reasons, first
  match wins: all fields empty -> `missing_handle`; field count differs from the header ->
  `ragged_row`; handle (and profile URL) empty or only spaces -> `missing_handle`; followers
  not a number, negative, or with an unknown suffix -> `bad_count`; quote never closed ->
  `unterminated_quote`.
- `sample`: rows checked value by value. `handle` is normalised (NFKC, trimmed, URL reduced
  to its first path segment, leading `@` removed, lower-cased); `followers` is the parsed
  integer; `engagement_rate` (where the file has one) is a fraction (`3.4%` -> 0.034, compare
  with a tolerance); `display_name` is the field as read; `raw_followers` / `as_of_raw` are
  the raw cells, for test messages.
- `distinct_accounts` (mixed-platform file only): distinct `platform:handle` among good rows.
- `notes`: anything else worth knowing.

Count parsing used for the expectations: suffixes `K`, `M`, `Mio`, `Mio.` (case-insensitive),
thousands separators `,` (comma files), `.`, space and U+00A0 (semicolon/EU file, where `,` is
the decimal mark). Followers are always whole numbers after scaling.
"""


def main():
    for build in (build_ig_utf8_bom, build_tiktok_semicolon_eu, build_youtube_utf16le, build_ig_utf16be,
                  build_legacy_cp1252, build_multiline_headers, build_lone_cr_mac, build_multilang_bios,
                  build_ragged_and_bad, build_canonical_multi):
        build()
    table = []
    total = 0
    for name, spec in FILES.items():
        data = ENCODERS[spec["encoding"]](spec["text"])
        if spec["encoding"] == "windows-1252":
            try:
                data.decode("utf-8")
                sys.exit(f"{name}: unexpectedly valid UTF-8")
            except UnicodeDecodeError:
                pass
        exp = expectations(name, spec, data)
        with open(os.path.join(HERE, name + ".csv"), "wb") as f:
            f.write(data)
        with open(os.path.join(HERE, name + ".expect.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        total += exp["data_records"]
        delim = {"\t": "TAB", ",": "`,`", ";": "`;`"}[spec["delimiter"]]
        table.append(f"| `{name}.csv` | {spec['encoding']} | {delim} | {spec['line_endings']} | "
                     f"{spec['platform'] or 'mixed'} | {exp['data_records']} | {len(exp['bad_rows'])} | {spec['oddities']} |")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README_HEAD + "\n".join(table) + "\n" + README_TAIL)
    print(f"wrote {len(FILES)} exports, {total} data records, to {HERE}")


if __name__ == "__main__":
    main()
