#!/usr/bin/env python3
"""styles.py -- more newspaper and magazine layouts for the real-damage cases.

    python3 styles.py truth.md STYLE > page.html
    python3 styles.py --list                  (every style, the shared ones too)

Imports the typesetter of the shared real-damage corpus,
../shared/corpus-real/tools/md2html.py relative to the repository root
(SHARED=DIR overrides ../shared), adds the styles of NEW_STYLES to its STYLES
table and renders through it, so the HTML differs from the shared cases only
in what a style says.  md2html.py picks the fonts by language alone; the keys
below that it does not know are applied here:

  body_font  CSS font-family of the text (and of the title block's deck lines)
  head_font  CSS font-family of the title and the ## / ### headings
  hf_font    CSS font-family of the running heads and feet
  extra_css  more CSS, appended last (e.g. a left-aligned title)

Page-box entries follow md2html.py: `boxes` on every page, `left` / `right`
only on left / right pages (page 1 is a right page), values are CSS
`content:` expressions, "\\A " is a line break (the space ends the CSS
escape: "\\A2026" would be the one character U+A2026).  Run with /usr/bin/python3
for English (md2html.py needs python3-pyphen for the soft hyphens).
"""
import contextlib
import importlib.util
import io
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__))))
SHARED = os.environ.get('SHARED', os.path.join(ROOT, '..', 'shared'))
MD2HTML = os.path.join(SHARED, 'corpus-real', 'tools', 'md2html.py')

SERIF = '"Noto Serif CJK SC", serif'
SANS = '"Noto Sans CJK SC", sans-serif'
WQY = '"WenQuanYi Micro Hei", sans-serif'
UMING = '"AR PL UMing CN", serif'
# the last page's columns balanced, as a newspaper article ends
BALANCE = 'main { column-fill: balance; }\n'

NEW_STYLES = {
    # 3 columns, sans-serif body, left-aligned section heads; paper and
    # section name centred, "第N页" at the outer top corner, nothing below
    'binjiang': dict(
        lang='zh-CN', cols=3, fs=10.0, lh=1.5, gap='9mm', margin='18mm 15mm 15mm 15mm',
        title=20, h2_align='left', rule=True, hf_size=8.5,
        body_font=SANS, head_font=SANS, hf_font=SANS,
        boxes={'top-center': '"滨江日报  要闻"'},
        right={'top-right': '"第" counter(page) "页"'},
        left={'top-left': '"第" counter(page) "页"'}),
    # 4 columns of a Mingti face, very loose leading; two-line heads at
    # both top corners (paper / date, page / section), "—N—" below.
    # Chromium prints part of AR PL UMing as Type 3 fonts, and pdftotext's
    # default mode then reads these pages row by row across the columns (at
    # any size, gap or leading above 1.3): use it for -layout and OCR only
    'donghai': dict(
        lang='zh-CN', cols=4, fs=9.0, lh=1.8, gap='8mm', margin='22mm 13mm 16mm 13mm',
        title=19, h2_align='center', rule=False, hf_size=8.0,
        body_font=UMING, head_font=WQY, hf_font=WQY,
        boxes={'top-left': '"东海晨报\\A 2026年1月22日  星期四"',
               'top-right': '"第" counter(page) "版\\A 要闻·综合"',
               'bottom-center': '"—" counter(page) "—"'}),
    # 5 very narrow columns of small WenQuanYi type, left-aligned heads;
    # paper name and e-paper URL on top, "- N -" below
    'lingnan': dict(
        lang='zh-CN', cols=5, fs=8.0, lh=1.35, gap='7mm', margin='16mm 11mm 15mm 11mm',
        title=18, h2_align='left', rule=True, hf_size=7.5,
        body_font=WQY, head_font=WQY, hf_font=WQY,
        boxes={'top-left': '"岭南晚报"',
               'top-right': '"epaper.lnwb.com.cn"',
               'bottom-center': '"- " counter(page) " -"'}),
    # 3 wide columns of large serif type, wide gutters; no running head or
    # page number at all (at line-height 1.3 pdftotext merged lines of
    # neighbouring columns)
    'plain3': dict(
        lang='zh-CN', cols=3, fs=12.0, lh=1.4, gap='12mm', margin='15mm 14mm 15mm 14mm',
        title=22, h2_align='center', rule=False, hf_size=8.0,
        body_font=SERIF, head_font=SANS, hf_font=SANS,
        boxes={}),
    # 4 columns, left-aligned title and heads; a long date line (with the
    # lunar date) at the top left, section-page label "B3" at the top right
    'beifang': dict(
        lang='zh-CN', cols=4, fs=10.0, lh=1.5, gap='8mm', margin='18mm 12mm 14mm 12mm',
        title=20, h2_align='left', rule=True, hf_size=8.0,
        body_font=SERIF, head_font=SANS, hf_font=SERIF,
        boxes={'top-left': '"2026年1月15日  星期四  农历乙巳年十一月廿七"',
               'top-right': '"B" counter(page)'},
        extra_css='h1 { text-align: left; }'),
    # 4 columns of sans-serif type, loose leading; paper + section name and
    # "第N版" on top, bare page numbers at the outer bottom corners
    'jcwb': dict(
        lang='zh-CN', cols=4, fs=9.0, lh=1.7, gap='7.5mm', margin='17mm 13mm 16mm 13mm',
        title=20, h2_align='center', rule=True, hf_size=8.0,
        body_font=SANS, head_font=SANS, hf_font=SANS,
        boxes={'top-left': '"江城晚报  城市新闻"',
               'top-right': '"第" counter(page) "版"'},
        right={'bottom-right': 'counter(page)'},
        left={'bottom-left': 'counter(page)'}),
    # 3 columns of WenQuanYi at 11 pt, tight leading (from 1.45 up,
    # pdftotext reads WenQuanYi pages row by row across the columns); a bare
    # page number centred on top, the paper's URL centred below
    'xibu': dict(
        lang='zh-CN', cols=3, fs=11.0, lh=1.3, gap='10mm', margin='17mm 14mm 16mm 14mm',
        title=21, h2_align='center', rule=False, hf_size=9.0,
        body_font=WQY, head_font=SANS, hf_font=SANS,
        boxes={'top-center': 'counter(page)',
               'bottom-center': '"http://www.xbrb.com.cn"'}),
    # English, one wide column of Liberation Serif (Times metrics); the
    # journal's name with the page number at the outer top corners
    'review': dict(
        lang='en', cols=1, fs=11.0, lh=1.4, gap='8mm', margin='22mm 24mm 20mm 24mm',
        title=20, h2_align='left', rule=False, hf_size=8.5,
        body_font='"Liberation Serif", serif', head_font='"Liberation Serif", serif',
        hf_font='"Liberation Serif", serif',
        boxes={},
        right={'top-right': '"THE MERIDIAN REVIEW    " counter(page)'},
        left={'top-left': 'counter(page) "    SPRING 2026"'}),
    # English, 3 narrow columns of DejaVu Sans; two-line masthead, "A0N",
    # URL below
    'gazette': dict(
        lang='en', cols=3, fs=8.5, lh=1.35, gap='7mm', margin='19mm 12mm 15mm 12mm',
        title=18, h2_align='left', rule=True, hf_size=7.5,
        body_font='"DejaVu Sans", sans-serif', head_font='"DejaVu Sans", sans-serif',
        hf_font='"DejaVu Sans", sans-serif',
        boxes={'top-left': '"THE HARBOR GAZETTE\\A Saturday, March 14, 2026"',
               'top-right': '"A" counter(page, decimal-leading-zero)',
               'bottom-center': '"harborgazette.com/print"'}),
    # English, 2 columns of Liberation Sans, centred heads; only a bare page
    # number centred at the bottom (at line-height 1.5 pdftotext read the
    # pages row by row)
    'plain2': dict(
        lang='en', cols=2, fs=10.0, lh=1.4, gap='9mm', margin='18mm 16mm 16mm 16mm',
        title=20, h2_align='center', rule=False, hf_size=9.0,
        body_font='"Liberation Sans", sans-serif', head_font='"Liberation Sans", sans-serif',
        hf_font='"Liberation Sans", sans-serif',
        boxes={'bottom-center': 'counter(page)'}),
    # 6 narrow columns of small serif type, title and ## left; the paper and
    # page section on top, "A0N" at the top right, the paper's web address
    # bottom right
    'tianshui': dict(
        lang='zh-CN', cols=6, fs=8.0, lh=1.5, gap='5mm', margin='17mm 11mm 15mm 11mm',
        title=20, h2_align='left', rule=True, hf_size=7.5,
        body_font=SERIF, head_font=SANS, hf_font=SANS,
        boxes={'top-left': '"天水日报·综合新闻"',
               'top-right': '"A0" counter(page)',
               'bottom-right': '"www.tsrb.com.cn"'},
        extra_css=BALANCE + 'h1 { text-align: left; }'),
    # 2 wide columns of AR PL UMing at 11.5 pt, loose leading, ## left in
    # WenQuanYi; the weekly's name and issue on top, "— N —" below
    'yuhang': dict(
        lang='zh-CN', cols=2, fs=11.5, lh=1.65, gap='14mm', margin='18mm 18mm 18mm 18mm',
        title=22, h2_align='left', rule=False, hf_size=9.0,
        body_font=UMING, head_font=WQY, hf_font=SERIF,
        boxes={'top-center': '"余杭周刊  第1062期"',
               'bottom-center': '"— " counter(page) " —"'},
        extra_css=BALANCE),
    # 3 columns of UMing with Noto Sans heads; a two-line head at the top
    # right (paper, date), the page's edition at the bottom left and the
    # editors at the bottom right
    'beiting': dict(
        lang='zh-CN', cols=3, fs=10.0, lh=1.55, gap='9mm', margin='20mm 14mm 17mm 14mm',
        title=21, h2_align='center', rule=True, hf_size=8.0,
        body_font=UMING, head_font=SANS, hf_font=SERIF,
        boxes={'top-right': '"北亭商报\\A 2026年3月6日  星期五"',
               'bottom-left': '"第" counter(page) "版"',
               'bottom-right': '"责编：刘晓  美编：陈晨"'},
        extra_css=BALANCE),
    # 5 columns of Noto Sans at 9 pt; a bilingual name centred on top, the
    # bare page number at the outer top corner
    'hexi': dict(
        lang='zh-CN', cols=5, fs=9.0, lh=1.4, gap='6mm', margin='18mm 12mm 14mm 12mm',
        title=20, h2_align='center', rule=True, hf_size=8.0,
        body_font=SANS, head_font=SERIF, hf_font=SANS,
        boxes={'top-center': '"河西晚报  HEXI EVENING NEWS"'},
        left={'top-left': 'counter(page)'},
        right={'top-right': 'counter(page)'},
        extra_css=BALANCE + 'h2 { border-bottom: 0.5pt solid #000; }'),

    # 4 columns of Noto Serif at 9.5 pt, ## left in WenQuanYi; the paper
    # and date at the bottom left, the edition at the bottom right
    'nanshan': dict(
        lang='zh-CN', cols=4, fs=9.5, lh=1.45, gap='6.5mm', margin='16mm 13mm 18mm 13mm',
        title=21, h2_align='left', rule=False, hf_size=8.0,
        body_font=SERIF, head_font=WQY, hf_font=SERIF,
        boxes={'bottom-left': '"南山日报  2026年3月10日"',
               'bottom-right': '"第" counter(page) "版"'},
        extra_css=BALANCE),
    # 3 columns of Noto Sans at 10.5 pt, loose leading, ## centred in
    # serif; a two-line head at the top left (paper, section), "0N" at
    # the top right
    'pingjiang': dict(
        lang='zh-CN', cols=3, fs=10.5, lh=1.6, gap='8mm', margin='20mm 14mm 15mm 14mm',
        title=20, h2_align='center', rule=True, hf_size=8.5,
        body_font=SANS, head_font=SERIF, hf_font=SANS,
        boxes={'top-left': '"平江都市报\\A 社会·民生"',
               'top-right': '"0" counter(page)'},
        extra_css=BALANCE),
    # 5 columns of AR PL UMing at 9 pt, narrow gaps, left title; the page
    # number alone at the bottom centre, the paper's web address at the top
    # right
    'jinghe': dict(
        lang='zh-CN', cols=5, fs=9.0, lh=1.5, gap='5.5mm', margin='17mm 11mm 15mm 11mm',
        title=19, h2_align='left', rule=True, hf_size=7.5,
        body_font=UMING, head_font=SANS, hf_font=SANS,
        boxes={'top-right': '"www.jinghenews.cn"',
               'bottom-center': 'counter(page)'},
        extra_css=BALANCE + 'h1 { text-align: left; }'),
}


def load_md2html():
    if not os.path.isfile(MD2HTML):
        sys.exit('styles.py: %s not found (set SHARED to the shared folder)' % MD2HTML)
    spec = importlib.util.spec_from_file_location('md2html', MD2HTML)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    clash = set(NEW_STYLES) & set(mod.STYLES)
    if clash:
        sys.exit('styles.py: styles already in md2html.py: %s' % ' '.join(sorted(clash)))
    mod.STYLES.update(NEW_STYLES)
    return mod


def override_css(s):
    """CSS for the keys md2html.py does not know; it comes last, so it wins."""
    css = []
    if 'body_font' in s:
        css.append('body, main, p.deck { font-family: %s; }' % s['body_font'])
    if 'head_font' in s:
        css.append('h1, h2, h3 { font-family: %s; }' % s['head_font'])
    if 'extra_css' in s:
        css.append(s['extra_css'])
    return '\n'.join(css) + '\n' if css else ''


def render(md2html, src, style):
    """The HTML page of truth file src in style, as md2html.py makes it."""
    s = md2html.STYLES[style]
    boxes = md2html.margin_boxes
    if 'hf_font' in s:
        # md2html.py calls margin_boxes with the language's font for heads
        md2html.margin_boxes = lambda b, size, family: boxes(b, size, s['hf_font'])
    argv, out = sys.argv, io.StringIO()
    sys.argv = [MD2HTML, src, style]
    try:
        with contextlib.redirect_stdout(out):
            md2html.main()
    finally:
        sys.argv, md2html.margin_boxes = argv, boxes
    page = out.getvalue()
    return page.replace('</style>', override_css(s) + '</style>', 1)


def main():
    md2html = load_md2html()
    if sys.argv[1:] == ['--list']:
        for k, s in md2html.STYLES.items():
            print('%-10s %-5s %d columns, %4.1f pt, line-height %.2f, gap %-6s %s' % (
                k, s['lang'], s['cols'], s['fs'], s['lh'], s['gap'],
                s.get('body_font', '(md2html.py default font)')))
        return
    if len(sys.argv) != 3 or sys.argv[2] not in md2html.STYLES:
        sys.exit('usage: styles.py truth.md STYLE   (STYLE: %s)' % ' '.join(md2html.STYLES))
    if not os.path.isfile(sys.argv[1]):
        sys.exit('styles.py: %s: no such file' % sys.argv[1])
    sys.stdout.write(render(md2html, sys.argv[1], sys.argv[2]))


if __name__ == '__main__':
    main()
