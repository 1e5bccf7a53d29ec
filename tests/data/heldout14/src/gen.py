#!/usr/bin/env python3
"""Generates the heldout14 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).

entries.txt: one entry per line, '|'-separated:
  key | feed | local date 'YYYY-MM-DD HH:MM' (in the feed's time zone) | lang |
  relevance (1, 0, 1b or 0b: b = borderline) | story slug ('-' = own slug x-<key>) |
  follows (comma-separated slugs or '-') | duplicate-of key or '-' | category | title | summary
A summary of '=' repeats the summary of the entry named in the duplicate column;
an empty summary makes a title-only entry.  Summaries may hold HTML (long entries)."""
import os, json, html, re
from datetime import datetime, timezone
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, time zone, feed language, encoding)
FEEDS = {
 'hw': ('hudson-wire.xml', 'rss2', 'Hudson Wire — World', 'https://www.hudsonwire.example', 'America/New_York', 'en-us', 'UTF-8'),
 'sr': ('strand-review.xml', 'atom', 'The Strand Review: World and Opinion', 'https://strandreview.example', 'Europe/London', 'en-gb', 'utf-8'),
 'pc': ('two-oceans-notes.xml', 'rss2', 'Two Oceans — newsletter and podcast notes', 'https://twooceans.example', 'America/Los_Angeles', 'en', 'UTF-8'),
 'bb': ('vistula-live.xml', 'rss2', 'Vistula Live — English-language live desk, Warsaw', 'https://vistulalive.example', 'Europe/Warsaw', 'en', 'UTF-8'),
 'wk': ('kurier-wislany.xml', 'rss2', 'Kurier Wiślany — Świat', 'https://kurierwislany.example', 'Europe/Warsaw', 'pl', 'ISO-8859-2'),
 'ma': ('la-meseta.xml', 'atom', 'La Meseta — Internacional', 'https://lameseta.example', 'Europe/Madrid', 'es-es', 'utf-8'),
 'rp': ('rio-de-la-plata-hoy.xml', 'rss1', 'Río de la Plata Hoy — Mundo (Buenos Aires / Ciudad de México)', 'https://riodelaplatahoy.example', 'America/Argentina/Buenos_Aires', 'es', 'utf-8'),
 'tj': ('jornal-do-tejo.xml', 'atom', 'Jornal do Tejo — Mundo', 'https://jornaldotejo.example', 'Europe/Lisbon', 'pt-pt', 'utf-8'),
 'pb': ('boletim-planalto.json', 'json', 'Boletim do Planalto — Internacional', 'https://boletimplanalto.example', 'America/Sao_Paulo', 'pt-br', 'utf-8'),
 'ce': ('danube-dnipro-wire.xml', 'rss1', 'Danube–Dnipro Wire (Kyiv, Prague, Bucharest desks)', 'https://danubednipro.example', 'Europe/Kyiv', 'mul', 'utf-8'),
 'ml': ('mare-nostrum.xml', 'atom', 'Mare Nostrum — Esteri / Internacional (Roma, Barcelona, Vigo)', 'https://marenostrum.example', 'Europe/Rome', 'it', 'utf-8'),
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
    return re.sub(r'<[^>]+>', '', s)

def main():
    rows = load()
    byk = {}
    for r in rows:
        assert r['key'] not in byk, r['key']
        byk[r['key']] = r
    for r in rows:
        f = FEEDS[r['feed']]
        r['dt'] = datetime.strptime(r['date'], '%Y-%m-%d %H:%M').replace(tzinfo=ZoneInfo(f[4]))
        if r['summ'] == '=':
            r['summ'] = byk[r['dup']]['summ']
        host = f[3].split('//')[1]
        r['id'] = {'rss2': f"{f[3]}/{r['dt']:%Y/%m}/{r['key']}",
                   'atom': f"tag:{host},{r['dt']:%Y-%m-%d}:{r['key']}",
                   'rss1': f"{f[3]}/n/{r['key']}",
                   'json': f"{f[3]}/edicao/{r['key']}"}[f[1]]
        r['link'] = f"{f[3]}/{r['dt']:%Y/%m/%d}/{r['key']}"
        r['utc'] = r['dt'].astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
        r['relevant'] = r['rel'][0]
        r['note'] = 'borderline' if r['rel'].endswith('b') else '-'
        if r['story'] == '-':
            r['story'] = 'x-' + r['key']
    for r in rows:
        r['dup_id'] = byk[r['dup']]['id'] if r['dup'] != '-' else '-'
        if r['dup'] != '-':
            assert byk[r['dup']]['dt'] <= r['dt'], r['key']
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
                   'authors': [{'name': 'Redação Boletim do Planalto'}], 'items': []}
            for r in items:
                it = {'id': r['id'], 'url': r['link'], 'title': r['title'],
                      'date_published': r['dt'].isoformat()}
                if r['lang'] != f[5][:2]:
                    it['language'] = r['lang']
                it['content_text'] = plain(r['summ'])
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
                out.append(f'  <guid isPermaLink="false">{r["id"]}</guid>')
                out.append(f'  <pubDate>{format_datetime(r["dt"])}</pubDate>')
                if r['lang'] != f[5][:2]:
                    out.append(f'  <dc:language>{r["lang"]}</dc:language>')
                if r['summ']:
                    out.append(f'  <description>{e(r["summ"])}</description>')
                out.append('</item>')
            out.append('</channel>\n</rss>')
        elif f[1] == 'atom':
            out.append(f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{f[5]}">')
            out.append(f'<title>{e(f[2])}</title>\n<id>{f[3]}/feed</id>\n<link rel="alternate" href="{f[3]}/"/>')
            out.append(f'<link rel="self" href="{f[3]}/feed.atom"/>')
            out.append(f'<updated>{last.isoformat()}</updated>\n<author><name>{e(f[2])}</name></author>')
            for r in items:
                lang = f' xml:lang="{r["lang"]}"' if r['lang'] != f[5][:2] else ''
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
        # characters outside a legacy encoding become character references
        with open(path, 'w', encoding=f[6].lower(), errors='xmlcharrefreplace') as fh:
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
            form = 'title-only' if not r['summ'] else ('long' if len(plain(r['summ'])) > 400 else 'short')
            fh.write('\t'.join([FEEDS[r['feed']][0], r['id'], r['relevant'], r['cat'], form]) + '\n')

if __name__ == '__main__':
    main()
