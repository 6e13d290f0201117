# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""The text layer of a wkhtmltopdf PDF, with CJK radicals put back as ideographs.

Qt's PDF writer (wkhtmltopdf) gives each embedded font a ToUnicode CMap built by
walking the font's character map upwards and keeping, for every glyph, the
lowest code point that uses it.  Noto CJK draws each CJK compatibility radical
(U+2E80-U+2EFF, U+2F00-U+2FDF) with the very glyph of an ideograph, so the PDF
shows 工 but its text says ⼯ (U+2F2F).

``fix_text_layer`` rewrites those CMaps so that each such glyph maps back to the
ideograph it is drawn as.  Nothing drawn changes: only the CMap streams, their
``/Length`` and the cross-reference table move.  The table below was read from
the cmaps of Noto Sans / Sans Mono / Serif CJK SC, Regular and Bold (Debian's
``fonts-noto-cjk``): every radical there that shares a glyph with an ideograph,
and that ideograph (the same one in all six faces).
"""

import logging
import re

_logger = logging.getLogger(__name__)

# ---- Radical -> ideograph drawn with the same glyph (Noto CJK SC) ----

RADICALS = (
    "⺂⺃⺅⺇⺉⺋⺍⺎⺏⺐⺒⺓⺔⺕⺖⺘⺙⺛⺞⺟⺠⺡⺣⺤⺦⺨⺩⺫⺭⺮⺯⺰⺱⺳⺹⺺⺽⺾⺿⻀"
    "⻁⻂⻃⻅⻆⻇⻈⻉⻊⻋⻌⻐⻑⻒⻓⻔⻕⻖⻘⻙⻚⻛⻜⻝⻞⻟⻠⻡⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻮"
    "⻯⻰⻱⻲⻳⼀⼁⼂⼃⼄⼅⼆⼇⼈⼉⼊⼋⼌⼍⼎⼏⼐⼑⼒⼓⼔⼕⼖⼗⼘⼙⼚⼛⼜⼝⼞⼟⼠⼡⼢"
    "⼣⼤⼥⼦⼧⼨⼩⼫⼬⼭⼮⼯⼰⼱⼲⼴⼵⼶⼷⼸⼺⼻⼼⼽⼾⼿⽀⽁⽂⽃⽄⽅⽆⽇⽈⽉⽊⽋⽌⽍"
    "⽎⽏⽐⽑⽒⽓⽔⽕⽖⽗⽘⽙⽚⽛⽜⽝⽞⽟⽠⽡⽢⽣⽤⽥⽦⽧⽨⽩⽪⽫⽬⽭⽮⽯⽰⽱⽲⽳⽴⽵"
    "⽶⽷⽸⽹⽺⽻⽼⽽⽾⽿⾀⾁⾂⾃⾄⾅⾆⾇⾈⾉⾊⾋⾌⾍⾎⾏⾐⾑⾒⾔⾕⾖⾗⾘⾙⾚⾛⾜⾝⾞"
    "⾟⾠⾡⾢⾣⾤⾥⾦⾨⾩⾪⾫⾬⾭⾮⾯⾰⾱⾲⾳⾴⾵⾶⾸⾹⾺⾼⾽⾾⾿⿀⿂⿃⿄⿅⿆⿇⿈⿉⿊"
    "⿋⿌⿍⿎⿏⿐⿑⿒⿓⿕"
)
IDEOGRAPHS = (
    "乛乚亻𠘨刂㔾𭕄兀尣尢巳幺彑彐忄扌攵旡歺母民氵灬爫丬犭𤣩罒礻𥫗糹纟罓㓁耂肀𦥑艹艹艹"
    "虎衤覀见角𧢲讠贝𧾷车辶钅長镸长门𨸏阝青韦页风飞食𩙿飠饣𩠐马骨鬼鱼鸟卤麦黄黾斉齐齿"
    "竜龙龜亀龟一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊"
    "夕大女子宀寸小尸屮山巛工己巾干广廴廾弋弓彡彳心戈户手支攴文斗斤方无日曰月木欠止歹"
    "殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹"
    "米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見言谷豆豕豸貝赤走足身車"
    "辛辰辵邑酉釆里金門阜隶隹雨靑非面革韋韭音頁風飛首香馬高髟鬥鬯鬲魚鳥鹵鹿麥麻黃黍黑"
    "黹黽鼎鼓鼠鼻齊齒龍龠"
)
RADICAL_TO_IDEOGRAPH = {
    ord(radical): ideograph
    for radical, ideograph in zip(RADICALS, IDEOGRAPHS, strict=True)
}
RADICAL_RANGES = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF))


def is_radical(char):
    """Whether ``char`` is a CJK (supplement or Kangxi) radical."""
    code = ord(char)
    return any(low <= code <= high for low, high in RADICAL_RANGES)


# ---- ToUnicode CMap rewriting ----

_STREAM = re.compile(rb"/Length (\d+)(\s*>>\s*stream\r?\n)")
_BLOCK = re.compile(
    rb"(\d+\s+begin(bfchar|bfrange)\s*\n)(.*?)(\nend(?:bfchar|bfrange))", re.DOTALL
)
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")
_CHAR = re.compile(rb"(<[0-9A-Fa-f]+>\s*)(<[0-9A-Fa-f]+>)")
_RANGE = re.compile(
    rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])"
)


def _decode(hex_bytes):
    return bytes.fromhex(hex_bytes.decode()).decode("utf-16-be")


def _encode(text):
    return b"<" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _fixed(text):
    return "".join(RADICAL_TO_IDEOGRAPH.get(ord(char), char) for char in text)


def _fix_hex(match):
    text = _decode(match.group(1))
    fixed = _fixed(text)
    return match.group(0) if fixed == text else _encode(fixed)


def _fix_range(match):
    low, high, target = match.groups()
    if target.startswith(b"["):
        return match.group(0)[: -len(target)] + _HEX.sub(_fix_hex, target)
    first = _decode(target[1:-1])
    count = int(high, 16) - int(low, 16) + 1
    # <lo> <hi> <dst>: consecutive code points from dst (last unit increments).
    texts = [first[:-1] + chr(ord(first[-1]) + i) for i in range(count)]
    fixed = [_fixed(text) for text in texts]
    if fixed == texts:
        return match.group(0)
    array = b" ".join(_encode(text) for text in fixed)
    return b"<%s> <%s> [%s]" % (low, high, array)


def _fix_block(match):
    head, kind, body, tail = match.groups()
    if kind == b"bfrange":
        body = _RANGE.sub(_fix_range, body)
    else:
        body = _CHAR.sub(lambda m: m.group(1) + _fix_hex(_HEX.match(m.group(2))), body)
    return head + body + tail


def fix_cmap(cmap):
    """The ToUnicode CMap ``cmap`` (bytes) with radicals mapped to ideographs."""
    return _BLOCK.sub(_fix_block, cmap)


def fix_text_layer(pdf):
    """``pdf`` (bytes, as Qt writes it) whose text layer reads as it is drawn.

    Returns ``pdf`` itself when no CMap names a radical.  Only uncompressed
    ToUnicode streams with a direct ``/Length`` (Qt's way) are read; the classic
    cross-reference table is shifted by what the edits added.
    """
    pieces, edits, position = [], [], 0
    for match in _STREAM.finditer(pdf):
        start, length = match.end(), int(match.group(1))
        stream = pdf[start : start + length]
        if b"begincmap" not in stream or start < position:
            continue
        fixed = fix_cmap(stream)
        if fixed == stream:
            continue
        pieces += [pdf[position : match.start(1)], b"%d" % len(fixed)]
        pieces += [match.group(2), fixed]
        edits.append((match.start(1), len(b"%d" % len(fixed)) - len(match.group(1))))
        edits.append((start, len(fixed) - length))
        position = start + length
    if not edits:
        return pdf
    pieces.append(pdf[position:])
    body = b"".join(pieces)
    return _shift_xref(pdf, body, edits)


def _shift_xref(old, new, edits):
    """``new`` with the xref table and ``startxref`` of ``old`` moved by ``edits``.

    ``edits`` lists (offset in ``old``, bytes added there), in order.
    """

    def moved(offset):
        return offset + sum(delta for at, delta in edits if at < offset)

    startxref = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", old)
    if not startxref:
        _logger.warning("PDF without a classic startxref: text layer left as is")
        return old
    xref_at = int(startxref.group(1))
    if old[xref_at : xref_at + 4] != b"xref":
        _logger.warning("PDF with a cross-reference stream: text layer left as is")
        return old
    new_xref_at = moved(xref_at)
    table = re.match(
        rb"xref\s*\n((?:\d+ \d+\s*\n(?:\d{10} \d{5} [nf]\s*\n?)*)+)", new[new_xref_at:]
    )
    if not table:
        _logger.warning("Unreadable PDF cross-reference table: text layer left as is")
        return old

    def entry(match):
        offset, generation, kind = match.groups()
        if kind == b"n":
            offset = b"%010d" % moved(int(offset))
        return offset + b" " + generation + b" " + kind

    rows = re.sub(rb"(\d{10}) (\d{5}) ([nf])", entry, table.group(1))
    end = new_xref_at + table.end(1)
    tail = new[end:]
    tail = re.sub(
        rb"startxref\s+\d+",
        b"startxref\n%d" % new_xref_at,
        tail,
    )
    return new[: new_xref_at + table.start(1)] + rows + tail
