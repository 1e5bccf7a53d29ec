#!/usr/bin/env python3
"""Generates heldout16 feeds, labels.tsv and categories.tsv from entries.txt.
Run from anywhere: python3 src/gen.py (paths are relative to this file).

entries.txt: one entry per line, '|'-separated:
key | feed | local date (YYYY-MM-DD HH:MM) | lang | relevance (1, 0, 1b, 0b = borderline)
    | story ('-' = x-<key>) | follows | dup key | category | title | summary
A title or summary of '=' copies the duplicated entry's text; an empty summary makes
a title-only entry.  Paraphrase rows (para:) are checked for the stock words."""
import os, re, sys, json, html, collections
from datetime import datetime, timezone, timedelta
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# code: (file, kind, title, site, tz offset hours, lang, encoding)
FEEDS = {
 'in': ('indus-morning-post.xml', 'rss2', 'Indus Morning Post — World', 'https://www.indusmorningpost.example', 5.5, 'en-in', 'UTF-8'),
 'za': ('highveld-mail.xml', 'atom', 'Highveld Mail: Africa and the World', 'https://highveldmail.example', 2, 'en-za', 'utf-8'),
 'ng': ('lagoon-ledger.xml', 'rss1', 'The Lagoon Ledger — Foreign Desk', 'https://lagoonledger.example', 1, 'en-ng', 'utf-8'),
 'gu': ('gulf-courier.json', 'json', 'Gulf Courier — World Briefing', 'https://gulfcourier.example', 4, 'en', 'utf-8'),
 'ca': ('prairie-bulletin.xml', 'rss2', 'The Prairie Bulletin — World', 'https://www.prairiebulletin.example', -5, 'en-ca', 'UTF-8'),
 'au': ('southern-wattle.xml', 'atom', 'Southern Wattle Review — Global', 'https://southernwattle.example', 10, 'en-au', 'utf-8'),
 'fr': ('le-relais.xml', 'rss2', 'Le Relais — International (Paris, Bruxelles, Genève, Dakar)', 'https://lerelais.example', 1, 'fr', 'UTF-8'),
 'mn': ('mare-nostrum.xml', 'atom', 'Mare Nostrum — Internacional / Esteri (Madrid, Roma)', 'https://marenostrum.example', 1, 'es', 'utf-8'),
 'bk': ('black-sea-wire.xml', 'rss2', 'Black Sea Wire — București, Sofia, Beograd, İstanbul', 'https://blackseawire.example', 2, 'mul', 'UTF-8'),
 'gr': ('pyxida.xml', 'rss2', 'Η Πυξίδα: Διεθνή', 'https://pyxida.example', 2, 'el', 'ISO-8859-7'),
 'ad': ('jadranski-pregled.xml', 'rss1', 'Jadranski pregled — Svijet / Svet (Zagreb, Ljubljana)', 'https://jadranskipregled.example', 1, 'hr', 'utf-8'),
 'ua': ('dniprovska-khvylia.xml', 'atom', 'Дніпровська хвиля — Світ і безпека', 'https://dniprokhvylia.example', 2, 'uk', 'utf-8'),
}

# stems that a paraphrase row must not contain (title or summary), by language
STOCK = {
 'en': r'guarant|securit|backstop|\bveto|peacekeep|reassur',
 'fr': r'garant|sécurit|securit|\bveto|véto|maintien de la paix|casques bleus|réassur|rassur',
 'es': r'garant|segur|\bveto|mantenimiento de la paz|cascos azules|tranquiliz',
 'it': r'garan|sicurezz|\bveto|mantenimento della pace|caschi blu|rassicur',
 'ro': r'garan|securit|\bveto|menținere a păcii|mentinere a pacii|reasigur|liniști',
 'el': r'εγγυ|εγγύ|ασφάλει|ασφαλει|βέτο|βετο|ειρηνευτ|καθησυχ',
 'tr': r'garant|güvenli|guvenli|güvence|\bveto|barışı koruma|barış gücü',
 'bg': r'гаранц|сигурност|вето|мироопаз|успокоя',
 'hr': r'jamstv|jamč|garanc|sigurnost|\bveto|mirovn',
 'sr': r'гаранц|безбедн|вето|мировн|garanc|bezbedn|mirovn',
 'sl': r'jamstv|jamč|garanc|varnost|\bveto|mirovn',
 'uk': r'гаранті|гарант|безпек|вето|миротвор|запевн',
}

def load():
    rows = []
    with open(os.path.join(HERE, 'entries.txt'), encoding='utf-8') as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            p = line.split('|')
            assert len(p) == 11, (n, len(p), line)
            key, feed, date, lang, rel, story, follows, dup, cat, title, summ = [x.strip() for x in p]
            rows.append(dict(key=key, feed=feed, date=date, lang=lang, rel=rel, story=story,
                             follows=follows, dup=dup, cat=cat, title=title, summ=summ))
    return rows

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
        if r['cat'].startswith('para:'):
            bad = re.findall(STOCK[r['lang']], (r['title'] + ' ' + r['summ']).lower())
            assert not bad, (r['key'], bad)
        if r['cat'].startswith('stock:'):
            assert re.search(STOCK[r['lang']], (r['title'] + ' ' + r['summ']).lower()), ('stock row without stock words', r['key'])
        host = f[3].split('//')[1]
        day = r['dt'].strftime('%Y-%m-%d')
        r['id'] = {'rss2': f"{f[3]}/{r['dt']:%Y/%m}/{r['key']}",
                   'atom': f"tag:{host},{day}:{r['key']}",
                   'rss1': f"{f[3]}/story/{r['key']}",
                   'json': f"{f[3]}/briefing/{r['key']}"}[f[1]]
        r['link'] = f"{f[3]}/{r['dt']:%Y/%m/%d}/{r['key']}"
        r['utc'] = r['dt'].astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
        r['relevant'] = r['rel'][0]
        r['note'] = 'borderline' if r['rel'].endswith('b') else '-'
        if r['story'] == '-':
            r['story'] = 'x-' + r['key']
    for r in rows:
        r['dup_id'] = byk[r['dup']]['id'] if r['dup'] != '-' else '-'
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
                   'authors': [{'name': 'Gulf Courier world desk'}], 'items': []}
            for r in items:
                it = {'id': r['id'], 'url': r['link'], 'title': r['title'],
                      'date_published': r['dt'].isoformat(), 'language': r['lang']}
                if r['summ']:
                    it['content_text'] = r['summ']
                else:
                    it['content_text'] = ''
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
                if f[5] == 'mul':
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
                lang = f' xml:lang="{r["lang"]}"' if r['lang'] != f[5][:2] else ''
                out.append(f'<entry{lang}>')
                out.append(f'  <title type="text">{e(r["title"])}</title>\n  <id>{r["id"]}</id>')
                out.append(f'  <link rel="alternate" href="{r["link"]}"/>')
                out.append(f'  <published>{r["dt"].isoformat()}</published>\n  <updated>{r["dt"].isoformat()}</updated>')
                if r['summ']:
                    typ = 'html' if '<' in r['summ'] else 'text'
                    out.append(f'  <summary type="{typ}">{e(r["summ"])}</summary>')
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
    if '-v' in sys.argv:
        c = collections.Counter
        print(len(rows), 'rows;', 'relevant', sum(r['relevant'] == '1' for r in rows))
        print('cat', c(r['cat'].split(':')[0] for r in rows))
        print('lang', c(r['lang'] for r in rows).most_common())
        print('feed', c(r['feed'] for r in rows).most_common())
        en = sum(r['feed'] in ('in', 'za', 'ng', 'gu', 'ca', 'au') for r in rows)
        print('en-outlet share %.2f' % (en / len(rows)))
        print('neg types', c(r['cat'] for r in rows if r['cat'].startswith('neg')).most_common())

if __name__ == '__main__':
    main()
