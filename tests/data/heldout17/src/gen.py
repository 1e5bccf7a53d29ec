#!/usr/bin/env python3
"""Generates heldout17 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).

entries.txt: one entry per line, fields separated by '|':
key | feed code | local date 'YYYY-MM-DD HH:MM' | lang | relevance (0, 1, 0b, 1b:
b = borderline) | story slug ('-' = own slug x-<key>) | follows (comma list or '-')
| duplicate of key ('-' or the key of the original copy) | category | title |
summary ('' = title-only; '=' = same text as the original copy; may hold HTML).
"""
import os, re, json, html, zlib
from datetime import datetime, timezone, timedelta
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'kv': ('kyivskyi-visnyk.xml', 'rss2', 'Київський вісник — Головне / English service', 'https://kyivskyi-visnyk.example', 2, 'uk', 'UTF-8'),
 'tg': ('okop-i-trybuna.xml', 'atom', 'Окоп і трибуна — дзеркало Telegram-каналу', 'https://okop-trybuna.example', 2, 'uk', 'utf-8'),
 'rv': ('stolichny-vestnik.xml', 'rss2', 'Столичный вестник — Политика', 'https://stolichny-vestnik.example', 3, 'ru', 'windows-1251'),
 'bz': ('svabodnaya-khvalya.xml', 'rss1', 'Свабодная хваля — навіны', 'https://svabodnaya-khvalya.example', 3, 'be', 'utf-8'),
 'pl': ('gazeta-nadwislanska.xml', 'rss2', 'Gazeta Nadwiślańska — Świat', 'https://nadwislanska.example', 1, 'pl', 'UTF-8'),
 'cz': ('vltavsky-denik.xml', 'atom', 'Vltavský deník — Zahraničí', 'https://vltavsky-denik.example', 1, 'cs', 'utf-8'),
 'lt': ('nemuno-zinios.xml', 'rss1', 'Nemuno žinios — Pasaulis', 'https://nemuno-zinios.example', 2, 'lt', 'utf-8'),
 'de': ('spree-rundschau.xml', 'atom', 'Spree-Rundschau — Ausland', 'https://spree-rundschau.example', 1, 'de', 'utf-8'),
 'nl': ('het-grachtenblad.xml', 'rss2', 'Het Grachtenblad — Buitenland', 'https://grachtenblad.example', 1, 'nl', 'UTF-8'),
 'dk': ('oresunds-tidende.xml', 'rss1', 'Øresunds Tidende — Udland', 'https://oresunds-tidende.example', 1, 'da', 'utf-8'),
 'en': ('meridian-review.xml', 'atom', 'The Meridian Review — Opinion, analysis and world wire', 'https://meridianreview.example', 0, 'en', 'utf-8'),
 'pc': ('longwire-briefing.json', 'json', 'Longwire Briefing — newsletter and podcast', 'https://longwire.example', -5, 'en', 'utf-8'),
}

def load():
    rows = []
    with open(os.path.join(HERE, 'entries.txt'), encoding='utf-8') as fh:
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

def plain(s):
    return html.unescape(re.sub(r'<[^>]+>', '', s))

def main():
    rows = load()
    byk = {}
    for r in rows:
        assert r['key'] not in byk, r['key']
        byk[r['key']] = r
    for r in rows:
        f = FEEDS[r['feed']]
        tz = timezone(timedelta(hours=f[4]))
        r['dt'] = datetime.strptime(r['date'], '%Y-%m-%d %H:%M').replace(tzinfo=tz)
        if r['summ'] == '=':
            r['summ'] = byk[r['dup']]['summ']
            if r['title'] == '=':
                r['title'] = byk[r['dup']]['title']
        host = f[3].split('//')[1]
        r['num'] = str(100000 + zlib.crc32(r['key'].encode()) % 900000)  # opaque article number
        day = r['dt'].strftime('%Y-%m-%d')
        r['id'] = {'rss2': f"{f[3]}/news/{r['dt']:%Y/%m}/{r['num']}",
                   'atom': f"tag:{host},{day}:{r['num']}",
                   'rss1': f"{f[3]}/naujiena/{r['num']}" if r['feed'] == 'lt' else f"{f[3]}/item/{r['num']}",
                   'json': f"{f[3]}/posts/{r['num']}"}[f[1]]
        r['link'] = f"{f[3]}/{r['dt']:%Y/%m/%d}/{r['num']}.html"
        r['utc'] = r['dt'].astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
        r['relevant'] = r['rel'][0]
        r['note'] = 'borderline' if r['rel'].endswith('b') else '-'
        if r['story'] == '-':
            r['story'] = 'x-' + r['key']
    for r in rows:
        r['dup_id'] = byk[r['dup']]['id'] if r['dup'] != '-' else '-'
        if r['dup'] != '-':
            assert r['story'] == byk[r['dup']]['story'], r['key']
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
                   'authors': [{'name': 'Longwire Briefing'}], 'items': []}
            for r in items:
                it = {'id': r['id'], 'url': r['link'], 'title': r['title'],
                      'date_published': r['dt'].isoformat()}
                if '<' in r['summ']:
                    it['content_html'] = r['summ']
                it['content_text'] = plain(r['summ']) if '<' in r['summ'] else r['summ']
                if r['lang'] != f[5]:
                    it['language'] = r['lang']
                doc['items'].append(it)
            with open(path, 'w', encoding='utf-8') as fh:
                json.dump(doc, fh, ensure_ascii=False, indent=1)
                fh.write('\n')
            continue
        out = [f'<?xml version="1.0" encoding="{f[6]}"?>']
        if f[1] == 'rss2':
            out.append('<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>')
            out.append(f'<title>{e(f[2])}</title>\n<link>{f[3]}/</link>\n<description>{e(f[2])}</description>\n<language>{f[5]}</language>')
            out.append(f'<lastBuildDate>{format_datetime(last)}</lastBuildDate>')
            for r in items:
                out.append('<item>')
                out.append(f'  <title>{e(r["title"])}</title>\n  <link>{r["link"]}</link>')
                out.append(f'  <guid isPermaLink="true">{r["id"]}</guid>')
                out.append(f'  <pubDate>{format_datetime(r["dt"])}</pubDate>')
                if r['lang'] != f[5]:
                    out.append(f'  <dc:language>{r["lang"]}</dc:language>')
                if r['summ']:
                    out.append(f'  <description>{e(r["summ"])}</description>')
                out.append('</item>')
            out.append('</channel>\n</rss>')
        elif f[1] == 'atom':
            out.append(f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{f[5]}">')
            out.append(f'<title>{e(f[2])}</title>\n<id>{f[3]}/feed</id>\n<link rel="alternate" href="{f[3]}/"/>')
            out.append(f'<updated>{last.isoformat()}</updated>\n<author><name>{e(f[2])}</name></author>')
            for r in items:
                lang = f' xml:lang="{r["lang"]}"' if r['lang'] != f[5] else ''
                out.append(f'<entry{lang}>')
                out.append(f'  <title type="text">{e(r["title"])}</title>\n  <id>{r["id"]}</id>')
                out.append(f'  <link rel="alternate" href="{r["link"]}"/>')
                out.append(f'  <published>{r["dt"].isoformat()}</published>\n  <updated>{r["dt"].isoformat()}</updated>')
                if r['summ']:
                    kind = 'html' if '<' in r['summ'] else 'text'
                    out.append(f'  <summary type="{kind}">{e(r["summ"])}</summary>')
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
        with open(path, 'w', encoding=f[6].lower(), errors='strict') as fh:
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

if __name__ == '__main__':
    main()
