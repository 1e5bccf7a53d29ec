#!/usr/bin/env python3
"""Build feeds/, labels.tsv and categories.tsv of heldout7 from entries_[abc].py.

The entry texts live in entries_*.py; this script only lays them out in the
feed formats (RSS 2.0, Atom 1.0, RSS 1.0, JSON Feed 1.1), converts local
publication times, and writes the labels. Run: python3 make_feeds.py
"""
import json, os, re, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import entries_a, entries_b, entries_c
from entries_x import X

E = entries_a.E + entries_b.E + entries_c.E

# `follows` is set per story here (the per-row field in entries_*.py is ignored):
# only stories that plainly continue another one get a link (national votes on
# contributions are kept as their own stories, not folded into the Paris summit).
FOLLOWS = {
    'romania-air-hub': 'us-backstop-terms',        # the air hub is where the promised air cover will fly from
}

# feed file -> (format, encoding, domain, time zone, channel language, title, per-item language)
FEEDS = {
    'f01-vistula-wire.xml': ('rss2', 'utf-8', 'vistulawire.example', 'Europe/Warsaw', 'pl', 'Vistula Wire – Świat', False),
    'f02-meseta-diario.xml': ('atom', 'utf-8', 'mesetadiario.example', 'Europe/Madrid', 'es', 'Meseta Diario · Internacional', False),
    'f03-harbour-wire.xml': ('rss2', 'utf-8', 'harbourwire.example', 'UTC', 'en', 'Harbour Wire - World News', False),
    'f04-atlantic-brief.json': ('json', 'utf-8', 'atlanticbrief.example', 'America/New_York', 'en', 'The Atlantic Brief', False),
    'f05-harbour-live.xml': ('atom', 'utf-8', 'live.harbourwire.example', 'Europe/London', 'en', 'Harbour Wire Live', False),
    'f06-dnipro-kurier.xml': ('rss2', 'windows-1251', 'dniprokurier.example', 'Europe/Kyiv', 'uk', 'Дніпро Кур\'єр', True),
    'f07-moravia-zpravy.xml': ('rss1', 'windows-1250', 'moraviazpravy.example', 'Europe/Prague', 'en', 'Moravia Press Digest: Central Europe', True),
    'f08-rhein-schelde.xml': ('atom', 'utf-8', 'rheinschelde.example', 'Europe/Berlin', 'en', 'Rhein-Schelde Review', True),
    'f09-latina-press.xml': ('rss2', 'utf-8', 'latinapress.example', 'Europe/Paris', 'en', 'Latina Press Europe', True),
    'f10-nordlys.xml': ('rss2', 'utf-8', 'nordlys.example', 'Europe/Stockholm', 'en', 'Nordlys Nordic Desk', True),
    'f11-baltic-line.xml': ('atom', 'utf-8', 'balticline.example', 'Europe/Vilnius', 'en', 'Baltic Line', True),
    'f12-aegean-danube.xml': ('rss1', 'utf-8', 'aegeandanube.example', 'Europe/Athens', 'en', 'Aegean & Danube Digest', True),
}

def ident(feed, slug, when):
    fmt, _, dom = FEEDS[feed][:3]
    if fmt == 'rss2':
        return f'https://www.{dom}/{when:%Y/%m/%d}/{slug}'
    if fmt == 'atom':
        return f'tag:{dom},2026:{slug}'
    if fmt == 'rss1':
        return f'https://{dom}/a/{slug}.html'
    return f'https://{dom}/p/{slug}'

def form(summary):
    if not summary:
        return 'title-only'
    if '<li>' in summary:
        return 'long'
    text = re.sub(r'<[^>]+>', '', summary).strip()
    n = len(re.findall(r'[.!?…»”"](\s|$)', text))
    return 'short' if n <= 1 else 'long'

def main():
    byfeed = {}
    rows = []
    ids = {}
    for (feed, slug, date, lang, rel, story, follows, dup, note, cat, title, summ) in E:
        extra = X.get(dup if dup != '-' else slug)
        if extra:
            if summ.endswith('</p>'):
                summ = summ[:-4] + ' ' + extra + '</p>'
            else:
                summ = (summ + ' ' + extra).strip()
        utc = datetime.strptime(date, '%Y-%m-%d %H:%M').replace(tzinfo=timezone.utc)
        local = utc.astimezone(ZoneInfo(FEEDS[feed][3]))
        eid = ident(feed, slug, local)
        ids[slug] = eid
        byfeed.setdefault(feed, []).append(dict(slug=slug, local=local, lang=lang, title=title, summ=summ, id=eid))
        follows = FOLLOWS.get(story, '-')
        rows.append([feed, eid, utc.strftime('%Y-%m-%dT%H:%M:%SZ'), lang, str(rel), story, follows, dup, note, cat, form(summ)])
    for r in rows:
        if r[7] != '-':
            r[7] = ids[r[7]]
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    for feed, items in byfeed.items():
        items.sort(key=lambda x: x['local'], reverse=True)
        fmt, enc, dom, tz, clang, ctitle, peritem = FEEDS[feed]
        path = os.path.join(HERE, 'feeds', feed)
        if fmt == 'json':
            doc = {'version': 'https://jsonfeed.org/version/1.1', 'title': ctitle, 'language': clang,
                   'home_page_url': f'https://{dom}/', 'feed_url': f'https://{dom}/feed.json', 'items': []}
            for it in items:
                o = {'id': it['id'], 'url': it['id'], 'title': it['title'], 'date_published': it['local'].isoformat()}
                if it['summ']:
                    o['content_text'] = it['summ']
                doc['items'].append(o)
            with open(path, 'w', encoding='utf-8') as fh:
                json.dump(doc, fh, ensure_ascii=False, indent=1)
                fh.write('\n')
            continue
        out = [f'<?xml version="1.0" encoding="{enc.upper() if enc == "utf-8" else enc}"?>']
        if fmt == 'rss2':
            out.append('<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>')
            out.append(f'<title>{escape(ctitle)}</title><link>https://www.{dom}/</link>'
                       f'<description>{escape(ctitle)}</description><language>{clang}</language>')
            for it in items:
                out.append('<item>')
                out.append(f'  <title>{escape(it["title"])}</title>')
                out.append(f'  <link>{it["id"]}</link><guid isPermaLink="true">{it["id"]}</guid>')
                out.append(f'  <pubDate>{format_datetime(it["local"])}</pubDate>')
                if peritem:
                    out.append(f'  <dc:language>{it["lang"]}</dc:language>')
                if it['summ']:
                    out.append(f'  <description>{escape(it["summ"])}</description>')
                out.append('</item>')
            out.append('</channel></rss>')
        elif fmt == 'atom':
            out.append(f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{clang}">')
            out.append(f'<title>{escape(ctitle)}</title><id>tag:{dom},2026:feed</id>'
                       f'<updated>{items[0]["local"].isoformat()}</updated>'
                       f'<link rel="alternate" href="https://{dom}/"/><author><name>{escape(ctitle)}</name></author>')
            for it in items:
                lang = f' xml:lang="{it["lang"]}"' if peritem else ''
                out.append(f'<entry{lang}>')
                out.append(f'  <id>{it["id"]}</id><title>{escape(it["title"])}</title>')
                out.append(f'  <link href="https://{dom}/{it["slug"]}"/>')
                out.append(f'  <published>{it["local"].isoformat()}</published><updated>{it["local"].isoformat()}</updated>')
                if it['summ']:
                    t = 'html' if '<' in it['summ'] else 'text'
                    out.append(f'  <summary type="{t}">{escape(it["summ"])}</summary>')
                out.append('</entry>')
            out.append('</feed>')
        else:
            out.append('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                       'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">')
            out.append(f'<channel rdf:about="https://{dom}/rss"><title>{escape(ctitle)}</title>'
                       f'<link>https://{dom}/</link><description>{escape(ctitle)}</description>'
                       f'<dc:language>{clang}</dc:language><items><rdf:Seq>')
            for it in items:
                out.append(f'  <rdf:li rdf:resource="{it["id"]}"/>')
            out.append('</rdf:Seq></items></channel>')
            for it in items:
                out.append(f'<item rdf:about="{it["id"]}">')
                out.append(f'  <title>{escape(it["title"])}</title><link>{it["id"]}</link>')
                out.append(f'  <dc:date>{it["local"].isoformat()}</dc:date><dc:language>{it["lang"]}</dc:language>')
                if it['summ']:
                    out.append(f'  <description>{escape(it["summ"])}</description>')
                out.append('</item>')
            out.append('</rdf:RDF>')
        with open(path, 'w', encoding=enc) as fh:   # strict: fails on a character the encoding lacks
            fh.write('\n'.join(out) + '\n')
    rows.sort(key=lambda r: (r[0], r[2]))
    with open(os.path.join(HERE, 'labels.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('feed\tentry_id\tpublished\tlang\trelevant\tstory\tfollows\tdup_of\tnote\n')
        for r in rows:
            fh.write('\t'.join(r[:9]) + '\n')
    with open(os.path.join(HERE, 'categories.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('feed\tentry_id\trelevant\tcategory\tform\n')
        for r in rows:
            fh.write('\t'.join([r[0], r[1], r[4], r[9], r[10]]) + '\n')

if __name__ == '__main__':
    main()
