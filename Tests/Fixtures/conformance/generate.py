#!/usr/bin/env python3
"""Generate the CSV parser conformance fixtures in this folder.

For every case NAME this writes NAME.csv (exact bytes) and NAME.json (the expected
records, header row included, as a JSON array of arrays of strings).

Expectations are written out by hand below and then cross-checked against a small
reference parser (`reference_parse`) that implements the semantics in README.md;
the script refuses to write anything if the two disagree.

Error cases go to errors/NAME.csv with errors/NAME.expect.md; the reference parser
must raise at the documented position for each of them.

Standard library only. Run:  python3 Tests/Fixtures/conformance/generate.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ERRORS = os.path.join(HERE, "errors")


# --------------------------------------------------------------------------
# Reference parser (the semantics the Swift parser implements)
# --------------------------------------------------------------------------
class CSVSyntaxError(Exception):
    def __init__(self, kind, line, column):
        super().__init__(f"{kind} at line {line}, column {column}")
        self.kind, self.line, self.column = kind, line, column


def delimiter_for(name):
    if name.endswith("_semicolon"):
        return ";"
    if name.endswith("_tab"):
        return "\t"
    return ","


def reference_parse(data, delimiter=",", with_lines=False):
    """Parse bytes (or already decoded str) -> list of records.

    Line/column are 1-based, column in characters. With with_lines=True returns
    (start_line, fields) pairs. A CSVSyntaxError carries the records read so far in
    `.records` (same shape as the return value).
    """
    if isinstance(data, bytes):
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        text = data.decode("utf-8")
    else:
        text = data[1:] if data.startswith("\ufeff") else data
    records = []
    starts = []
    record_line = 1
    fields, field = [], []
    quoted_record_content = False  # record has something beyond a single empty unquoted field
    line, col = 1, 1
    i, n = 0, len(text)
    at_field_start = True
    in_field = False  # consumed at least the start of the current record

    def end_record():
        nonlocal fields, field, quoted_record_content, in_field, at_field_start
        fields.append("".join(field))
        blank = len(fields) == 1 and fields[0] == "" and not quoted_record_content
        if not blank:
            records.append(fields)
            starts.append(record_line)
        fields, field = [], []
        quoted_record_content = False
        in_field = False
        at_field_start = True

    def result():
        return list(zip(starts, records)) if with_lines else records

    while i < n:
        c = text[i]
        if at_field_start and c == '"':
            # quoted field
            start_line, start_col = line, col
            quoted_record_content = True
            in_field = True
            i += 1
            col += 1
            while True:
                if i >= n:
                    err = CSVSyntaxError("unterminated_quote", start_line, start_col)
                    err.records = result()
                    raise err
                c = text[i]
                if c == '"':
                    if i + 1 < n and text[i + 1] == '"':
                        field.append('"')
                        i += 2
                        col += 2
                        continue
                    i += 1
                    col += 1
                    break
                field.append(c)
                if c == "\r":
                    if i + 1 < n and text[i + 1] == "\n":
                        field.append("\n")
                        i += 1
                    line, col = line + 1, 1
                elif c == "\n":
                    line, col = line + 1, 1
                else:
                    col += 1
                i += 1
            # after closing quote: delimiter, line end or EOF only
            if i < n and text[i] not in (delimiter, "\r", "\n"):
                err = CSVSyntaxError("text_after_closing_quote", line, col)
                err.records = result()
                raise err
            at_field_start = False
            continue
        if c == delimiter:
            fields.append("".join(field))
            field = []
            quoted_record_content = True  # more than one field => never a blank line
            in_field = True
            at_field_start = True
            i += 1
            col += 1
            continue
        if c == "\r" or c == "\n":
            if c == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            i += 1
            line, col = line + 1, 1
            end_record()
            record_line = line
            continue
        field.append(c)
        in_field = True
        at_field_start = False
        i += 1
        col += 1
    if in_field or field or fields:
        end_record()
    return result()


# --------------------------------------------------------------------------
# Cases: name -> (bytes, expected records)
# --------------------------------------------------------------------------
CASES = {}


def case(name, data, expected):
    assert name not in CASES, name
    if isinstance(data, str):
        data = data.encode("utf-8")
    CASES[name] = (data, expected)


case("simple", "a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]])
case("simple_crlf", "a,b,c\r\n1,2,3\r\n", [["a", "b", "c"], ["1", "2", "3"]])
case("lone_cr", "a,b\rc,d\re,f\r", [["a", "b"], ["c", "d"], ["e", "f"]])
case(
    "mixed_line_endings",
    # LF, CRLF, CR, then CR followed by CRLF (= a record end and a blank line),
    # LF followed by CR (= record end and a blank line), last record without a newline.
    "a,b\n1,2\r\n3,4\r5,6\r\r\n7,8\n\r9,10",
    [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"], ["7", "8"], ["9", "10"]],
)
case(
    "comma_in_quotes",
    'first,last,address,city,zip\nJohn,Doe,"120 any st., Apt 4",Anytown,08123\n"Smith, Jr.",Ann,,"Big, City",\n',
    [
        ["first", "last", "address", "city", "zip"],
        ["John", "Doe", "120 any st., Apt 4", "Anytown", "08123"],
        ["Smith, Jr.", "Ann", "", "Big, City", ""],
    ],
)
case(
    "escaped_quotes",
    'a,b\n1,"ha ""ha"" ha"\n"""start",end""\n"mid""dle",""""""\n',
    # line 3: `end""` is an unquoted field, so its quotes are literal
    [["a", "b"], ["1", 'ha "ha" ha'], ['"start', 'end""'], ['mid"dle', '""']],
)
case(
    "quotes_and_newlines",
    'a,b\n1,"ha \n""ha"" \nha"\n"x\n\ny",2\n3,4\n',
    [["a", "b"], ["1", 'ha \n"ha" \nha'], ["x\n\ny", "2"], ["3", "4"]],
)
case(
    "quoted_crlf_inside",
    'id,text\r\n1,"line one\r\nline two"\r\n2,"cr only\rhere"\r\n3,"lf only\nhere"\r\n',
    [["id", "text"], ["1", "line one\r\nline two"], ["2", "cr only\rhere"], ["3", "lf only\nhere"]],
)
case(
    "empty_fields",
    "a,b,c\n1,,3\n,,\n,2,\n",
    [["a", "b", "c"], ["1", "", "3"], ["", "", ""], ["", "2", ""]],
)
case(
    "empty_quoted_fields",
    'a,b,c\n"",x,""\n"","",""\n1,"",3\n',
    [["a", "b", "c"], ["", "x", ""], ["", "", ""], ["1", "", "3"]],
)
case(
    "trailing_delimiter",
    'a,b,\n1,2,\n"3","4",\n5,6,',
    [["a", "b", ""], ["1", "2", ""], ["3", "4", ""], ["5", "6", ""]],
)
case(
    "blank_lines_between",
    "a,b\n\n1,2\n\n\n3,4\r\n\r\n5,6\n",
    [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]],
)
case(
    "trailing_blank_lines",
    "a,b\n1,2\n\n\n\r\n\r\n",
    [["a", "b"], ["1", "2"]],
)
case(
    "leading_blank_lines",
    "\n\r\n\na,b\n1,2\n",
    [["a", "b"], ["1", "2"]],
)
case(
    "only_delimiters_row",
    "a,b,c\n,,\n1,2,3\n,\n",
    [["a", "b", "c"], ["", "", ""], ["1", "2", "3"], ["", ""]],
)
case(
    "leading_trailing_spaces",
    'a, b ,c \n 1 ,2,  3\n"  quoted keeps  ", x ,\n',
    [["a", " b ", "c "], [" 1 ", "2", "  3"], ["  quoted keeps  ", " x ", ""]],
)
case(
    "space_before_quote",
    # a quote that is not the first character of the field is literal
    'a,b\n "x",y\nz, "w, v"\n',
    [["a", "b"], [' "x"', "y"], ["z", ' "w', ' v"']],
)
case(
    "bom_utf8",
    b"\xef\xbb\xbfhandle,followers\r\nana,10\r\n",
    [["handle", "followers"], ["ana", "10"]],
)
case(
    "bom_quoted_first_field",
    # the BOM is removed before parsing, so the first field is still a quoted field
    b'\xef\xbb\xbf"handle",followers\n"a,b",1\n',
    [["handle", "followers"], ["a,b", "1"]],
)
case("bom_only", b"\xef\xbb\xbf", [])
case(
    "bom_not_at_start",
    # only a BOM at the very start is removed; U+FEFF elsewhere is data
    "a,b\n\ufeffx,y\n",
    [["a", "b"], ["\ufeffx", "y"]],
)
case("no_trailing_newline", "a,b\n1,2", [["a", "b"], ["1", "2"]])
case("no_trailing_newline_quoted", 'a,b\n"1","2\n3"', [["a", "b"], ["1", "2\n3"]])
case("empty_file", b"", [])
case("only_newlines", "\n\r\n\r\n", [])
case("header_only", "handle,followers,platform\n", [["handle", "followers", "platform"]])
case("header_only_no_newline", "handle,followers,platform", [["handle", "followers", "platform"]])

# very_long_field: ~200 KB quoted field with commas, quotes and newlines
_chunk = 'Lorem ipsum, dolor "sit" amet,\nconsectetur adipiscing\r\nelit; sed do 0123456789.\n'
_long = (_chunk * (200 * 1024 // len(_chunk) + 1))[: 200 * 1024]
case(
    "very_long_field",
    'id,body,tail\n1,"' + _long.replace('"', '""') + '",end\n2,short,x\n',
    [["id", "body", "tail"], ["1", _long, "end"], ["2", "short", "x"]],
)

# many_columns: 300 columns
_hdr = [f"col{i:03d}" for i in range(300)]
_r1 = [str(i) for i in range(300)]
_r2 = ["" if i % 7 == 0 else f"v{i}" for i in range(300)]
_r2[299] = "last"
case(
    "many_columns",
    ",".join(_hdr) + "\n" + ",".join(_r1) + "\n" + ",".join(_r2) + "\n",
    [_hdr, _r1, _r2],
)
case(
    "ragged_rows",
    "a,b,c\n1,2\n1,2,3,4,5\n\nx\n,,,,\n1,2,3\n",
    [["a", "b", "c"], ["1", "2"], ["1", "2", "3", "4", "5"], ["x"], ["", "", "", "", ""], ["1", "2", "3"]],
)
_uni = [
    ["handle", "name", "bio"],
    ["yuki.tanaka", "田中 ゆき", "東京のカフェ巡り☕️ #カフェ"],
    ["layla_hassan", "ليلى حسن", "مدونة طعام، وصفات منزلية"],
    ["minji.k", "김민지", "서울 패션 👗 일상"],
    ["emoji.family", "👨‍👩‍👧‍👦 Fam", "🇧🇷🇯🇵 flags & skin tones 👋🏽"],
    ["cafe.combining", "Cafe\u0301 Ame\u0301lie", "NFD: e\u0301 not NFC é"],
    ["zwj.rtl", "\u200fمرحبا\u200f world", "mixed ltr/rtl \u202bembedded\u202c"],
]
case(
    "unicode_multilang",
    "\n".join(",".join('"' + f + '"' if "," in f else f for f in r) for r in _uni) + "\n",
    _uni,
)
case(
    "quote_in_unquoted_field",
    'name,height,location\nAna,5\'11",37°36\'37.8"N\nBo,6\'0",12"W then "text"\n',
    [["name", "height", "location"], ["Ana", "5'11\"", "37°36'37.8\"N"], ["Bo", "6'0\"", '12"W then "text"']],
)
_json1 = '{"handle": "ana", "tags": ["a", "b"], "n": 1}'
_json2 = '{"nested": {"x": [1, 2, {"y": "z,w"}]}, "nl": "a\\nb"}'
case(
    "json_in_field",
    'id,payload\n1,"' + _json1.replace('"', '""') + '"\n2,"' + _json2.replace('"', '""') + '"\n',
    [["id", "payload"], ["1", _json1], ["2", _json2]],
)
case(
    "eu_numbers_semicolon",
    'Name;Abonnenten;Rate\nJürgen;12,5K;"3,4 %"\n"Semi;colon";1.234.567;1,2\nx,y;"a""b";\n',
    [["Name", "Abonnenten", "Rate"], ["Jürgen", "12,5K", "3,4 %"], ["Semi;colon", "1.234.567", "1,2"], ["x,y", 'a"b', ""]],
)
case(
    "excel_export_tab",
    'handle\tfollowers\tbio\nana\t12,345\t"tab\tinside"\n bo \t1 000\ta, b; c\n\t\t\n',
    [["handle", "followers", "bio"], ["ana", "12,345", "tab\tinside"], [" bo ", "1 000", "a, b; c"], ["", "", ""]],
)
case(
    "single_column",
    "handle\nana\n\nbo\n\"c,d\"\n",
    [["handle"], ["ana"], ["bo"], ["c,d"]],
)
case(
    "single_field_quoted_empty",
    'a\n""\nb\n',
    [["a"], [""], ["b"]],
)
case(
    "whitespace_only_field",
    "a,b,c\n1,   ,3\n\t, ,\n",
    [["a", "b", "c"], ["1", "   ", "3"], ["\t", " ", ""]],
)
case(
    "spaces_only_line",
    # a line holding only spaces is NOT blank: it is a record with one field
    "a\n   \nb\n",
    [["a"], ["   "], ["b"]],
)
case(
    "field_with_only_quote_escape",
    'a,b\n"""",x\n"""""""",""""\n',
    [["a", "b"], ['"', "x"], ['"""', '"']],
)
case(
    "quoted_newline_only",
    'a,b\n"\n","\r\n"\n"\r",z\n',
    [["a", "b"], ["\n", "\r\n"], ["\r", "z"]],
)

# long_line_many_rows: 5,000 rows, 12 fields each, some quoted
_rows = [["id", "handle", "platform", "followers", "following", "posts", "avg_likes",
          "avg_comments", "engagement_rate", "country", "bio", "as_of"]]
_plats = ["instagram", "tiktok", "youtube"]
_lines = [",".join(_rows[0])]
for i in range(1, 5001):
    bio = f"Creator #{i}, posts about things" if i % 3 == 0 else f"plain bio {i}"
    row = [str(i), f"user_{i:05d}", _plats[i % 3], str(1000 + i * 37), str(i % 500),
           str(i % 1200), f"{i * 1.5:.1f}", str(i % 90), f"{(i % 100) / 1000:.3f}",
           ["US", "DE", "JP", "BR"][i % 4], bio, f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"]
    _rows.append(row)
    _lines.append(",".join('"' + f + '"' if "," in f else f for f in row))
case("long_line_many_rows", "\r\n".join(_lines) + "\r\n", _rows)


# --------------------------------------------------------------------------
# Error cases
# --------------------------------------------------------------------------
ERROR_CASES = {
    "unterminated_quote_eof": (
        b'handle,followers,bio\nana,100,fine\nbo,200,"this bio never ends\nand runs to the end of the file\n',
        ("unterminated_quote", 3, 8),
        """# unterminated_quote_eof

The last record (physical line 3) opens a quoted field in column 8 (`"this bio never ends`)
and the file ends before the closing quote. Everything from that quote to the end of the
file (including the final line break) would be inside the field.

Expected behaviour:

- The parser reports an **unterminated quoted field** error naming **line 3, column 8**
  (1-based; the column of the opening `"` counted in characters).
- The two records before it (`handle,followers,bio` on line 1 and `ana,100,fine` on line 2)
  are parsed normally; a streaming parser may already have delivered them.
- The half-read record must NOT be returned as a normal record (no silent truncation, no
  field ending at EOF). An ingest that quarantines rows records it as `unterminated_quote`
  at line 3.
""",
    ),
    "unterminated_quote_middle": (
        b'handle,followers,bio\nana,100,fine\nbo,"200,ok\ncy,300,also fine\ndee,400,last\n',
        ("unterminated_quote", 3, 4),
        """# unterminated_quote_middle

Line 3 (`bo,"200,ok`) opens a quoted field in column 4 that is never closed: there is no
other `"` in the rest of the file, so the quoted field swallows lines 3-5 and reaches EOF.

Expected behaviour:

- The parser reports an **unterminated quoted field** error naming **line 3, column 4**
  (where the quoted field started), not line 5 or the end of the file.
- Lines 1-2 parse normally (header plus one record).
- Lines 4 and 5 (`cy,300,also fine`, `dee,400,last`) are NOT returned as records and must
  not be merged silently into a field of line 3's record. (A lenient ingest may choose to
  re-read them after reporting the error, but the strict parser result is the error.)
""",
    ),
    "text_after_closing_quote": (
        b'x,y\n"ab"c,d\n1,2\n',
        ("text_after_closing_quote", 2, 5),
        """# text_after_closing_quote

Line 2 is `"ab"c,d`: a quoted field `"ab"` is closed and is followed by `c` instead of a
delimiter, a line break or the end of the file.

Expected behaviour:

- The parser reports an error for **text after a closing quote** naming **line 2,
  column 5** (1-based, characters) - the position of the offending `c`. Reporting the
  start of the field (line 2, column 1) in addition is fine.
- Line 1 (`x,y`) parses normally.
- The record is not returned as `["ab", "d"]` or `["abc", "d"]` by the strict parser.
  (Note: `CSVRecord.strayQuote` in ScoutCore suggests a lenient re-read mode exists; if the
  ingest quarantines the row it uses reason `stray_quote` at line 2, column 5.)
""",
    ),
    "unterminated_quote_after_unicode": (
        'name,bio\nJosé,"ok"\nFrançoise,"never closed\n'.encode("utf-8"),
        ("unterminated_quote", 3, 11),
        """# unterminated_quote_after_unicode

Pins down that columns are counted in **characters**, not bytes. Line 3 is
`Françoise,"never closed`; the opening quote is character 11 but byte 12 (`ç` is two
bytes in UTF-8).

Expected behaviour:

- Unterminated quoted field error at **line 3, column 11**.
- Lines 1-2 parse normally (`["name","bio"]`, `["José","ok"]`).
""",
    ),
}


# --------------------------------------------------------------------------
README = """# CSV parser conformance fixtures

Generated by `generate.py` (Python 3, standard library only) - edit the generator, not the
files. Each case `NAME` has:

- `NAME.csv` - the exact input bytes;
- `NAME.json` - the expected records as a JSON array of arrays of strings: every record,
  the header row included, in file order.

The generator checks every hand-written expectation against a small reference parser
(`reference_parse` in `generate.py`) and refuses to write files if they disagree.

## Semantics

- RFC 4180. Fields are separated by the delimiter: comma, unless the case name ends in
  `_semicolon` (`;`) or `_tab` (TAB).
- A record ends at LF, CRLF or a lone CR.
- A field may be quoted with `"`; only a quote that is the **first character of the field**
  opens a quoted field. Inside quotes, delimiters, CR and LF are literal and `""` is one `"`.
- Quoted line breaks are kept exactly as in the file (CRLF inside quotes stays CRLF, a lone
  CR stays CR).
- Spaces are preserved exactly: `a, b` gives `"a"` and `" b"`; nothing is trimmed,
  in quoted or unquoted fields.
- Blank lines (an empty line between records, leading or trailing empty lines) produce NO
  record. A line with only delimiters (`,,`) is a record of empty strings. A line holding only
  spaces is a record with one field of spaces.
- An empty field and an empty quoted field (`""`) both give `""`. A line holding only `""`
  is one record with one empty field (it is not a blank line).
- Trailing delimiter: `a,b,` gives three fields, the last `""`.
- A UTF-8 BOM at the very start of the file is removed (it is not part of the first field;
  a quote right after it still opens a quoted field). U+FEFF anywhere else is data.
- A quote inside an unquoted field (`5'11"`, `37°36'37.8"N`, ` "x"` with a leading space) is
  kept literally.
- No line break at end of file: the last record is still returned.
- An empty file (0 bytes), a BOM-only file and a file of only line breaks give `[]`.
  A header-only file gives one record.
- Records may have different field counts; the parser reports them as they are.

Errors (see `errors/`): an unterminated quoted field and text after a closing quote are
errors, reported with the 1-based line and column (counted in characters) of the opening
quote / the offending character. Lines are physical lines: CRLF, LF and lone CR each end
one line, inside or outside quotes.

## Cases

| Case | What it checks |
|---|---|
{rows}

## Error cases (`errors/`)

Each has `NAME.csv` and `NAME.expect.md` (expected behaviour in words).

| Case | Expected error |
|---|---|
{error_rows}
"""

DESCRIPTIONS = {
    "simple": "minimal LF file",
    "simple_crlf": "minimal CRLF file",
    "lone_cr": "lone CR line endings (classic Mac)",
    "mixed_line_endings": "LF, CRLF, CR in one file; `\\r\\r\\n` and `\\n\\r` give a blank line; no final newline",
    "comma_in_quotes": "delimiters inside quoted fields",
    "escaped_quotes": "`\"\"` inside quotes; quotes in unquoted fields stay literal",
    "quotes_and_newlines": "escaped quotes and LF inside quoted fields, an empty line inside quotes",
    "quoted_crlf_inside": "CRLF / CR / LF inside quotes kept exactly",
    "empty_fields": "empty unquoted fields",
    "empty_quoted_fields": "`\"\"` fields give empty strings",
    "trailing_delimiter": "`a,b,` gives 3 fields, also on the last line without newline",
    "blank_lines_between": "empty lines between records (LF and CRLF) are skipped",
    "trailing_blank_lines": "empty lines at end of file are skipped",
    "leading_blank_lines": "empty lines at start of file are skipped",
    "only_delimiters_row": "`,,` is a record of empty strings, `,` is two",
    "leading_trailing_spaces": "spaces kept in unquoted and quoted fields",
    "space_before_quote": "a quote after a leading space is literal, the field is unquoted",
    "bom_utf8": "UTF-8 BOM removed, CRLF",
    "bom_quoted_first_field": "BOM followed by a quoted first field",
    "bom_only": "file is just a BOM -> `[]`",
    "bom_not_at_start": "U+FEFF not at file start is kept",
    "no_trailing_newline": "last record without line break",
    "no_trailing_newline_quoted": "last record ends in a closing quote at EOF",
    "empty_file": "0 bytes -> `[]`",
    "only_newlines": "only line breaks -> `[]`",
    "header_only": "one record",
    "header_only_no_newline": "one record, no line break",
    "very_long_field": "a 200 KiB quoted field with commas, quotes, LF and CRLF",
    "many_columns": "300 columns",
    "ragged_rows": "records with 2, 5, 1 and 3 fields",
    "unicode_multilang": "Japanese, Arabic, Korean, emoji ZWJ sequences and flags, NFD combining accents, RTL marks (bytes kept, no normalisation)",
    "quote_in_unquoted_field": "`5'11\"`, `37°36'37.8\"N`",
    "json_in_field": "JSON with escaped quotes and commas in a quoted field",
    "eu_numbers_semicolon": "`;` delimiter; commas are data; quoted `;`",
    "excel_export_tab": "TAB delimiter; quoted TAB; commas and spaces are data",
    "single_column": "one column; a blank line in it is skipped",
    "single_field_quoted_empty": "a line holding only `\"\"` is one record `[\"\"]`",
    "whitespace_only_field": "fields of only spaces / a TAB are kept",
    "spaces_only_line": "a line of only spaces is a record, not a blank line",
    "field_with_only_quote_escape": "`\"\"\"\"` gives `\"`",
    "quoted_newline_only": "quoted fields that are only a line break",
    "long_line_many_rows": "header + 5,000 rows of 12 fields, CRLF",
}


def main():
    # verify all expectations first
    failures = []
    for name, (data, expected) in CASES.items():
        got = reference_parse(data, delimiter_for(name))
        if got != expected:
            failures.append(name)
            print(f"MISMATCH {name}:\n  expected {expected!r:.500}\n  got      {got!r:.500}", file=sys.stderr)
    for name, (data, (kind, line, col), _) in ERROR_CASES.items():
        try:
            reference_parse(data)
            failures.append(name)
            print(f"NO ERROR {name}", file=sys.stderr)
        except CSVSyntaxError as e:
            if (e.kind, e.line, e.column) != (kind, line, col):
                failures.append(name)
                print(f"WRONG ERROR {name}: {e}", file=sys.stderr)
    missing = set(CASES) - set(DESCRIPTIONS)
    if missing:
        failures.append(f"undocumented: {sorted(missing)}")
    if failures:
        sys.exit(f"refusing to write: {failures}")

    os.makedirs(ERRORS, exist_ok=True)
    for name, (data, expected) in CASES.items():
        with open(os.path.join(HERE, name + ".csv"), "wb") as f:
            f.write(data)
        with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(expected, f, ensure_ascii=False, indent=None if len(expected) > 50 or name == "very_long_field" else 1)
            f.write("\n")
    for name, (data, (kind, line, col), text) in ERROR_CASES.items():
        with open(os.path.join(ERRORS, name + ".csv"), "wb") as f:
            f.write(data)
        with open(os.path.join(ERRORS, name + ".expect.md"), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    rows = "\n".join(f"| `{n}` | {DESCRIPTIONS[n]} |" for n in CASES)
    error_rows = "\n".join(
        f"| `{n}` | `{k}` at line {l}, column {c} |" for n, (_, (k, l, c), _) in ERROR_CASES.items())
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README.replace("{rows}", rows).replace("{error_rows}", error_rows))
    print(f"wrote {len(CASES)} cases and {len(ERROR_CASES)} error cases to {HERE}")


if __name__ == "__main__":
    main()
