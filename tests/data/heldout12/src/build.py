#!/usr/bin/env python3
"""Writes feeds/, labels.tsv and categories.tsv of heldout12 from entries*.txt.

Entry line: feed|lang|MM-DD HH:MM (local)|rel|story|follows|category|dupkey|title|summary
summary '' = title-only; '^' = the text of the group's earliest copy (wire rerun).
Blank lines and lines starting with '#' are ignored. stdlib only.
"""
import os, re, json, glob, hashlib, unicodedata
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
YEAR = 2027
DST_END = datetime(2027, 10, 31, 1, 0, tzinfo=timezone.utc)

# name: (file, kind, domain, title, encoding, winter offset h, dst, channel lang)
FEEDS = {
    'bvp': ('bvp-baltvistula-press.xml', 'atom', 'baltvistula.example', 'Baltic-Vistula Press Agency (Warsaw/Vilnius) - all services', 'utf-8', 1, True, 'en'),
    'ody': ('ua-odesa-prychornomorya.xml', 'rss2', 'prychornomorya.example', 'Причорномор’я — новини Одеси', 'utf-8', 2, True, 'uk'),
    'lvv': ('ua-lviv-ratusha.xml', 'rss1', 'ratusha-lviv.example', 'Ратуша. Львів — новини та аналітика', 'utf-8', 2, True, 'uk'),
    'dnp': ('ua-dnipro-livyi-bereh.xml', 'atom', 'livyibereh.example', 'Лівий берег Дніпра', 'utf-8', 2, True, 'uk'),
    'bel': ('by-zvon-exile.xml', 'rss2', 'zvon-by.example', 'Звон — незалежныя навіны з Вільні', 'utf-8', 3, False, 'be'),
    'hun': ('hu-tiszai-hirlap.xml', 'rss2', 'tiszaihirlap.example', 'Tiszai Hírlap - Külföld', 'iso-8859-2', 1, True, 'hu'),
    'slo': ('si-primorski-glas.xml', 'atom', 'primorskiglas.example', 'Primorski glas - Svet', 'utf-8', 1, True, 'sl'),
    'cro': ('hr-jadranski-vjesnik.xml', 'rss2', 'jadranskivjesnik.example', 'Jadranski vjesnik - Svijet', 'utf-8', 1, True, 'hr'),
    'arg': ('ar-diario-del-plata.xml', 'rss2', 'diariodelplata.example', 'Diario del Plata - El Mundo', 'utf-8', -3, False, 'es'),
    'lim': ('pe-el-pacifico.xml', 'atom', 'elpacifico-lima.example', 'El Pacífico (Lima) - Internacional', 'utf-8', -5, False, 'es'),
    'bra': ('br-folha-do-planalto.json', 'json', 'folhadoplanalto.example', 'Folha do Planalto - Mundo', 'utf-8', -3, False, 'pt'),
    'dun': ('eu-podunaji-prehled.xml', 'rss1', 'podunaji.example', 'Podunají a Balkán – přehled tisku', 'utf-8', 1, True, 'cs'),
}

def slug(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    tr = str.maketrans({'ł': 'l', 'ø': 'o', 'đ': 'd', 'ß': 'ss'})
    s = s.translate(tr)
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return '-'.join(s.split('-')[:7]) or 'n'

def load():
    rows = []
    for p in sorted(glob.glob(os.path.join(HERE, 'entries*.txt'))):
        for ln in open(p, encoding='utf-8'):
            ln = ln.rstrip('\n')
            if not ln.strip() or ln.startswith('#'):
                continue
            f = ln.split('|')
            assert len(f) == 10, (p, ln)
            feed, lang, when, rel, story, follows, cat, dup, title, summ = [x.strip() for x in f]
            local = datetime.strptime(f'{YEAR}-{when}', '%Y-%m-%d %H:%M')
            fd = FEEDS[feed]
            off = fd[5]
            if fd[6]:
                probe = local.replace(tzinfo=timezone(timedelta(hours=off + 1))) - timedelta(0)
                if probe < DST_END:
                    off += 1
            dt = local.replace(tzinfo=timezone(timedelta(hours=off)))
            if follows == story:  # a later chapter of the same thread: its own slug, linked back
                story = story + '-' + local.strftime('%b').lower()
            rows.append(dict(feed=feed, lang=lang, dt=dt, rel=rel, story=story, follows=follows,
                             cat=cat, dup=dup, title=title, summ=summ))
    return rows

def ident(r):
    fd = FEEDS[r['feed']]
    d = r['dt']
    h = hashlib.sha1((r['title'] + r['feed']).encode()).hexdigest()[:6]
    url = f"https://{fd[2]}/{d:%Y/%m/%d}/{slug(r['title'])}-{h}"
    r['url'] = url
    if fd[1] == 'atom':
        return f"tag:{fd[2]},{d:%Y-%m-%d}:{h}"
    return url

def rfc822(d):
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    o = d.utcoffset()
    m = int(o.total_seconds() // 60)
    sign = '+' if m >= 0 else '-'
    m = abs(m)
    return f"{days[d.weekday()]}, {d.day:02d} {mons[d.month-1]} {d.year} {d:%H:%M:%S} {sign}{m//60:02d}{m%60:02d}"

def html(s):
    return '<p>' + s + '</p>'

def write_feed(name, items):
    file, kind, dom, title, enc, *_ , clang = FEEDS[name]
    items = sorted(items, key=lambda r: r['dt'], reverse=True)
    path = os.path.join(OUT, 'feeds', file)
    if kind == 'json':
        doc = {'version': 'https://jsonfeed.org/version/1.1', 'title': title,
               'home_page_url': f'https://{dom}/', 'feed_url': f'https://{dom}/feed.json',
               'language': clang, 'items': []}
        for r in items:
            it = {'id': r['id'], 'url': r['url'], 'title': r['title']}
            if r['summ']:
                it['content_text'] = r['summ']
            it['date_published'] = r['dt'].isoformat()
            if r['lang'] != clang:
                it['language'] = r['lang']
            doc['items'].append(it)
        with open(path, 'w', encoding='utf-8') as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
        return
    e = lambda s: escape(s)
    out = [f'<?xml version="1.0" encoding="{enc.upper()}"?>']
    latest = items[0]['dt']
    if kind == 'rss2':
        out.append('<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">')
        out.append('<channel>')
        out.append(f'  <title>{e(title)}</title>\n  <link>https://{dom}/</link>\n  <description>{e(title)}</description>\n  <language>{clang}</language>')
        out.append(f'  <atom:link rel="self" type="application/rss+xml" href="https://{dom}/rss.xml"/>')
        out.append(f'  <lastBuildDate>{rfc822(latest)}</lastBuildDate>')
        for r in items:
            out.append('  <item>')
            out.append(f"    <title>{e(r['title'])}</title>\n    <link>{e(r['url'])}</link>")
            out.append(f"    <guid isPermaLink=\"true\">{e(r['id'])}</guid>\n    <pubDate>{rfc822(r['dt'])}</pubDate>")
            if r['lang'] != clang:
                out.append(f"    <dc:language>{r['lang']}</dc:language>")
            if r['summ']:
                out.append(f"    <description>{e(html(e(r['summ'])))}</description>")
            out.append('  </item>')
        out.append('</channel>\n</rss>')
    elif kind == 'atom':
        out.append(f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{clang}">')
        out.append(f'  <id>tag:{dom},2027:feed</id>\n  <title>{e(title)}</title>\n  <updated>{latest.isoformat()}</updated>')
        out.append(f'  <link rel="self" type="application/atom+xml" href="https://{dom}/feed.atom"/>\n  <link rel="alternate" href="https://{dom}/"/>')
        out.append(f'  <author><name>{e(title)}</name></author>')
        for r in items:
            lang = f' xml:lang="{r["lang"]}"' if r['lang'] != clang else ''
            out.append(f'  <entry{lang}>')
            out.append(f"    <id>{e(r['id'])}</id>\n    <title type=\"text\">{e(r['title'])}</title>")
            out.append(f"    <link rel=\"alternate\" type=\"text/html\" href=\"{e(r['url'])}\"/>")
            out.append(f"    <published>{r['dt'].isoformat()}</published>\n    <updated>{r['dt'].isoformat()}</updated>")
            if r['summ']:
                out.append(f"    <summary type=\"html\">{e(html(e(r['summ'])))}</summary>")
            out.append('  </entry>')
        out.append('</feed>')
    else:
        out.append('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">')
        out.append(f'  <channel rdf:about="https://{dom}/rss">\n    <title>{e(title)}</title>\n    <link>https://{dom}/</link>\n    <description>{e(title)}</description>\n    <dc:language>{clang}</dc:language>')
        out.append('    <items><rdf:Seq>')
        for r in items:
            out.append(f"      <rdf:li rdf:resource=\"{e(r['id'])}\"/>")
        out.append('    </rdf:Seq></items>\n  </channel>')
        for r in items:
            out.append(f"  <item rdf:about=\"{e(r['id'])}\">")
            out.append(f"    <title>{e(r['title'])}</title>\n    <link>{e(r['url'])}</link>")
            if r['summ']:
                out.append(f"    <description>{e(r['summ'])}</description>")
            out.append(f"    <dc:date>{r['dt'].isoformat()}</dc:date>\n    <dc:language>{r['lang']}</dc:language>")
            out.append('  </item>')
        out.append('</rdf:RDF>')
    data = '\n'.join(out) + '\n'
    with open(path, 'wb') as fh:
        fh.write(data.encode(enc, errors='xmlcharrefreplace'))

def main():
    rows = load()
    groups = {}
    for r in rows:
        r['id'] = ident(r)
        if r['dup'] != '-':
            groups.setdefault(r['dup'], []).append(r)
    for g, rs in groups.items():
        rs.sort(key=lambda r: r['dt'])
        root = rs[0]
        assert root['summ'] not in ('^',), g
        root['dup_of'] = '-'
        for r in rs[1:]:
            if r['summ'] == '^':
                r['summ'] = root['summ']
            r['dup_of'] = root['id']
    os.makedirs(os.path.join(OUT, 'feeds'), exist_ok=True)
    for f in glob.glob(os.path.join(OUT, 'feeds', '*')):
        os.remove(f)
    for name in FEEDS:
        its = [r for r in rows if r['feed'] == name]
        if its:
            write_feed(name, its)
    rows.sort(key=lambda r: (FEEDS[r['feed']][0], r['dt']))
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('feed\tentry_id\tpublished\tlang\trelevant\tstory\tfollows\tdup_of\tnote\n')
        for r in rows:
            note = '-'
            if r['cat'].startswith('borderline'):
                note = 'borderline: ' + r['cat'].split(':', 1)[1]
            pub = r['dt'].astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
            fh.write('\t'.join([FEEDS[r['feed']][0], r['id'], pub, r['lang'], r['rel'], r['story'],
                                r['follows'], r.get('dup_of', '-'), note]) + '\n')
    with open(os.path.join(OUT, 'categories.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('feed\tentry_id\trelevant\tcategory\tform\n')
        for r in rows:
            cat = r['cat']
            if cat.startswith('borderline'):
                cat = 'neg:borderline' if r['rel'] == '0' else 'stock:borderline'
            form = 'title-only' if not r['summ'] else ('long' if len(r['summ']) > 380 else 'short')
            fh.write('\t'.join([FEEDS[r['feed']][0], r['id'], r['rel'], cat, form]) + '\n')

if __name__ == '__main__':
    main()
