#!/usr/bin/env python3
"""corpusgen - the generator shared by the labelled corpora heldout13,
heldout19, heldout20 and later: each corpus's src/gen.py holds its feed
table and calls generate().

An entry line of src/entries.txt: key | feed | local date | lang |
relevance (1, 0, 1b, 0b = borderline) | story ('-' = own x-<key>) |
follows | duplicate of (key) | category | title | summary ('=' = the
original's text, '' = title only).  A feed: code -> (file, kind (rss2,
pod, atom, rss1, json), title, site, tz offset hours, lang, encoding).
Written from heldout20's generator, which the later corpora copied."""
import os, json, html
from datetime import datetime, timezone, timedelta
from email.utils import format_datetime


def load(here):
    """The rows of here/entries.txt."""
    rows = []
    with open(os.path.join(here, 'entries.txt'), encoding='utf-8') as fh:
        for line in fh:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            p = line.split('|')
            assert len(p) == 11, line
            key, feed, date, lang, rel, story, follows, dup, cat, title, summ = [x.strip() for x in p]
            rows.append(dict(key=key, feed=feed, date=date, lang=lang, rel=rel, story=story,
                             follows=follows, dup=dup, cat=cat, title=title, summ=summ))
    return rows

def generate(here, FEEDS, json_author, errors='strict', check=None):
    """Writes ../feeds/, ../labels.tsv and ../categories.tsv of the corpus
    whose src/ is here, from here/entries.txt and the FEEDS table."""
    ROOT = os.path.dirname(here)
    rows = load(here)
    byk = {}
    for r in rows:
        assert r['key'] not in byk, r['key']
        byk[r['key']] = r
    if check:
        check(rows, byk)
    for r in rows:
        f = FEEDS[r['feed']]
        tz = timezone(timedelta(hours=f[4]))
        r['dt'] = datetime.strptime(r['date'], '%Y-%m-%d %H:%M').replace(tzinfo=tz)
        if r['summ'] == '=':
            r['summ'] = byk[r['dup']]['summ']
        host = f[3].split('//')[1]
        day = r['dt'].strftime('%Y-%m-%d')
        r['id'] = {'rss2': f"{f[3]}/a/{r['dt']:%Y/%m}/{r['key']}",
                   'atom': f"tag:{host},{day}:{r['key']}",
                   'pod': f"{f[3]}/episodes/{r['key']}",
                   'rss1': f"{f[3]}/story/{r['key']}",
                   'json': f"{f[3]}/issues/{r['key']}"}[f[1]]
        r['link'] = f"{f[3]}/{r['dt']:%Y/%m/%d}/{r['key']}"
        r['utc'] = r['dt'].astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
        r['relevant'] = r['rel'][0]
        r['note'] = 'borderline' if r['rel'].endswith('b') else '-'
        if r['story'] == '-':
            r['story'] = 'x-' + r['key']
    for r in rows:
        if r['dup'] != '-':
            r['dup_id'] = byk[r['dup']]['id']
        else:
            r['dup_id'] = '-'
    e = lambda s: html.escape(s, quote=False)
    for code, f in FEEDS.items():
        items = sorted([r for r in rows if r['feed'] == code], key=lambda r: r['dt'], reverse=True)
        if not items:
            continue
        path = os.path.join(ROOT, 'feeds', f[0])
        last = items[0]['dt']
        if f[1] == 'json':
            doc = {'version': 'https://jsonfeed.org/version/1.1', 'title': f[2], 'home_page_url': f[3] + '/',
                   'feed_url': f[3] + '/feed.json', 'language': f[5],
                   'authors': [{'name': json_author}], 'items': []}
            for r in items:
                it = {'id': r['id'], 'url': r['link'], 'title': r['title'],
                      'date_published': r['dt'].isoformat()}
                it['content_text'] = r['summ']
                doc['items'].append(it)
            with open(path, 'w', encoding='utf-8') as fh:
                json.dump(doc, fh, ensure_ascii=False, indent=1)
            continue
        out = [f'<?xml version="1.0" encoding="{f[6]}"?>']
        if f[1] in ('rss2', 'pod'):
            ns = ' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"' if f[1] == 'pod' else ''
            out.append(f'<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"{ns}>\n<channel>')
            out.append(f'<title>{e(f[2])}</title>\n<link>{f[3]}/</link>\n<description>{e(f[2])}</description>\n<language>{f[5]}</language>')
            out.append(f'<lastBuildDate>{format_datetime(last)}</lastBuildDate>')
            for r in items:
                out.append('<item>')
                out.append(f'  <title>{e(r["title"])}</title>\n  <link>{r["link"]}</link>')
                out.append(f'  <guid isPermaLink="true">{r["id"]}</guid>')
                out.append(f'  <pubDate>{format_datetime(r["dt"])}</pubDate>')
                if f[5] == 'mul':
                    out.append(f'  <dc:language>{r["lang"]}</dc:language>')
                if r['summ']:
                    out.append(f'  <description>{e(r["summ"])}</description>')
                if f[1] == 'pod':
                    out.append(f'  <enclosure url="{f[3]}/audio/{r["key"]}.mp3" length="{30000000 + 7919 * len(r["title"])}" type="audio/mpeg"/>')
                    out.append(f'  <itunes:duration>{35 + len(r["title"]) % 20}:00</itunes:duration>')
                out.append('</item>')
            out.append('</channel>\n</rss>')
        elif f[1] == 'atom':
            out.append(f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{f[5]}">')
            out.append(f'<title>{e(f[2])}</title>\n<id>{f[3]}/feed</id>\n<link rel="alternate" href="{f[3]}/"/>')
            out.append(f'<updated>{last.isoformat()}</updated>\n<author><name>{e(f[2])}</name></author>')
            for r in items:
                lang = f' xml:lang="{r["lang"]}"' if r['lang'] != f[5][:2] else ''
                out.append(f'<entry{lang}>')
                out.append(f'  <title type="text">{e(r["title"])}</title>\n  <id>{r["id"]}</id>')
                out.append(f'  <link rel="alternate" href="{r["link"]}"/>')
                out.append(f'  <published>{r["dt"].isoformat()}</published>\n  <updated>{r["dt"].isoformat()}</updated>')
                if r['summ']:
                    out.append(f'  <summary type="text">{e(r["summ"])}</summary>')
                out.append('</entry>')
            out.append('</feed>')
        else:
            out.append('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">')
            out.append(f'<channel rdf:about="{f[3]}/rss">\n<title>{e(f[2])}</title>\n<link>{f[3]}/</link>\n<description>{e(f[2])}</description>')
            out.append('<items><rdf:Seq>')
            for r in items:
                out.append(f'  <rdf:li rdf:resource="{r["id"]}"/>')
            out.append('</rdf:Seq></items>\n</channel>')
            for r in items:
                out.append(f'<item rdf:about="{r["id"]}">')
                out.append(f'  <title>{e(r["title"])}</title>\n  <link>{r["link"]}</link>')
                out.append(f'  <dc:date>{r["dt"].isoformat()}</dc:date>\n  <dc:language>{r["lang"]}</dc:language>')
                if r['summ']:
                    out.append(f'  <description>{e(r["summ"])}</description>')
                out.append('</item>')
            out.append('</rdf:RDF>')
        with open(path, 'w', encoding=f[6].lower(), errors=errors) as fh:
            fh.write('\n'.join(out) + '\n')
    key = lambda r: (FEEDS[r['feed']][0], r['utc'])
    with open(os.path.join(ROOT, 'labels.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('feed\tentry_id\tpublished\tlang\trelevant\tstory\tfollows\tdup_of\tnote\n')
        for r in sorted(rows, key=key):
            fh.write('\t'.join([FEEDS[r['feed']][0], r['id'], r['utc'], r['lang'], r['relevant'],
                                r['story'], r['follows'], r['dup_id'], r['note']]) + '\n')
    with open(os.path.join(ROOT, 'categories.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('feed\tentry_id\trelevant\tcategory\tform\n')
        for r in sorted(rows, key=key):
            form = 'title-only' if not r['summ'] else ('long' if len(r['summ']) > 400 else 'short')
            fh.write('\t'.join([FEEDS[r['feed']][0], r['id'], r['relevant'], r['cat'], form]) + '\n')
