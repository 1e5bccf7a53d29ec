#!/usr/bin/env python3
"""Writes feeds/*, labels.tsv and categories.tsv of heldout9 from entries*.py (stdlib only)."""
import os, re, json, hashlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# name: (format, encoding, channel lang, tz hours, title, host, item-lang mode)
FEEDS = {
    'pl-kurier-wschodni.xml': ('rss2', 'utf-8', 'pl', 1, 'Kurier Wschodni - Swiat', 'kurierwschodni.example', None),
    'cz-stredni-evropa.xml': ('rss2', 'windows-1250', 'cs', 1, 'Stredni Evropa Press - prehled', 'strednievropa.example', 'dc'),
    'es-la-cronica-global.xml': ('atom', 'utf-8', 'es', 1, 'La Crónica Global - Internacional', 'lacronicaglobal.example', None),
    'en-continental-wire.xml': ('rss2', 'utf-8', 'en', 0, 'Continental Wire - Europe', 'continentalwire.example', None),
    'en-baltic-policy-lab.xml': ('atom', 'utf-8', 'en', 0, 'Baltic Policy Lab - Commentary', 'balticpolicylab.example', None),
    'uk-dnipro-vistnyk.xml': ('rss2', 'koi8-u', 'uk', 2, 'Днiпровський вiсник', 'dniprovistnyk.example', None),
    'ru-nevsky-obozrenie.xml': ('rss1', 'utf-8', 'ru', 3, 'Невское обозрение', 'nevskyobozrenie.example', None),
    'nb-nordbaltic-brief.json': ('json', 'utf-8', 'en', 2, 'NordBaltic Brief', 'nordbalticbrief.example', 'json'),
    'eu-westdesk.xml': ('atom', 'utf-8', 'en', 1, 'Westdesk Europe - multilingual', 'westdesk.example', 'xmllang'),
    'se-southeast-aggregator.xml': ('rss2', 'utf-8', 'en', 2, 'Southeast Europe Aggregator', 'seaggregator.example', None),
    'en-harbour-tabloid.xml': ('rss2', 'utf-8', 'en', 0, 'The Harbour Daily - World', 'harbourdaily.example', None),
    'eu-liveblog-digest.xml': ('rss1', 'utf-8', 'en', 1, 'Europe Liveblog Digest', 'liveblogdigest.example', None),
}

ENTRIES = []
def E(feed, lang, when, rel, story, cat, title, summary='', follows='-', dup=None, note='-', key=None):
    ENTRIES.append(dict(feed=feed, lang=lang, when=when, rel=rel, story=story, cat=cat, title=title,
                        summary=summary.strip(), follows=follows, dup=dup, note=note, key=key))

def L(prefix, summary):
    """Second pass: gives the entry whose title starts with prefix its lead."""
    hit = [e for e in ENTRIES if e['title'].startswith(prefix)]
    assert len(hit) == 1, (prefix, len(hit))
    hit[0]['summary'] = summary.strip()

def slug(t):
    s = re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')
    return s[:48].strip('-') or 'item'

def form(summary):
    if not summary:
        return 'title-only'
    text = re.sub(r'<[^>]+>', ' ', summary)
    n = len(re.findall(r'[.!?;…](\s|$)', text.strip()))
    return 'short' if n <= 1 else 'long'

def main():
    for f in sorted(os.listdir(HERE)):
        if f.startswith('entries') and f.endswith('.py'):
            exec(open(os.path.join(HERE, f), encoding='utf-8').read(), {'E': E, 'L': L})
    keys = {}
    per = {}
    for i, e in enumerate(ENTRIES):
        fmt, enc, clang, tzh, ftitle, host, mode = FEEDS[e['feed']]
        tz = timezone(timedelta(hours=tzh))
        e['dt'] = datetime.strptime(e['when'], '%Y-%m-%d %H:%M').replace(tzinfo=tz)
        h = hashlib.sha1((e['feed'] + e['title']).encode()).hexdigest()[:6]
        path = f"{e['dt']:%Y/%m/%d}/{slug(e['title'])}-{h}"
        if fmt == 'atom':
            e['id'] = 'tag:' + host + ',' + f"{e['dt']:%Y-%m-%d}" + ':' + h + str(i)
        else:
            e['id'] = 'https://' + host + '/' + path
        e['link'] = 'https://' + host + '/' + path
        if e['key']:
            keys[e['key']] = e
        per.setdefault(e['feed'], []).append(e)
    os.makedirs(os.path.join(OUT, 'feeds'), exist_ok=True)
    for name, es in per.items():
        es.sort(key=lambda x: x['dt'], reverse=True)
        write_feed(name, es)
    rows, cats = [], []
    for e in sorted(ENTRIES, key=lambda x: (x['feed'], x['dt'])):
        dup = '-'
        if e['dup']:
            o = keys[e['dup']]
            dup = o['id']
            assert o['summary'] == e['summary'], e['title']
        utc = e['dt'].astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
        rows.append([e['feed'], e['id'], utc, e['lang'], str(e['rel']), e['story'], e['follows'], dup, e['note']])
        cats.append([e['feed'], e['id'], str(e['rel']), e['cat'], form(e['summary'])])
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('feed\tentry_id\tpublished\tlang\trelevant\tstory\tfollows\tdup_of\tnote\n')
        for r in rows:
            fh.write('\t'.join(r) + '\n')
    with open(os.path.join(OUT, 'categories.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('feed\tentry_id\trelevant\tcategory\tform\n')
        for r in cats:
            fh.write('\t'.join(r) + '\n')

def write_feed(name, es):
    fmt, enc, clang, tzh, ftitle, host, mode = FEEDS[name]
    p = os.path.join(OUT, 'feeds', name)
    now = es[0]['dt']
    if fmt == 'json':
        doc = {'version': 'https://jsonfeed.org/version/1.1', 'title': ftitle,
               'home_page_url': 'https://' + host + '/', 'feed_url': 'https://' + host + '/feed.json',
               'language': clang, 'items': []}
        for e in es:
            it = {'id': e['id'], 'url': e['link'], 'title': e['title'], 'language': e['lang'],
                  'date_published': e['dt'].isoformat()}
            if e['summary']:
                it['content_text'] = e['summary']
            doc['items'].append(it)
        with open(p, 'w', encoding='utf-8') as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
        return
    L = [f'<?xml version="1.0" encoding="{enc}"?>']
    if fmt == 'rss2':
        L.append('<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">')
        L.append(f'<channel><title>{escape(ftitle)}</title><link>https://{host}/</link>'
                 f'<atom:link href="https://{host}/rss.xml" rel="self" type="application/rss+xml"/>'
                 f'<description>{escape(ftitle)}</description><language>{clang}</language>'
                 f'<lastBuildDate>{format_datetime(now)}</lastBuildDate>')
        for e in es:
            L.append('<item>')
            L.append(f'  <title>{escape(e["title"])}</title><link>{e["link"]}</link>')
            L.append(f'  <guid isPermaLink="true">{e["id"]}</guid><pubDate>{format_datetime(e["dt"])}</pubDate>')
            if mode == 'dc':
                L.append(f'  <dc:language>{e["lang"]}</dc:language>')
            if e['summary']:
                L.append(f'  <description>{escape(e["summary"])}</description>')
            L.append('</item>')
        L.append('</channel></rss>')
    elif fmt == 'atom':
        L.append(f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{clang}">')
        L.append(f'<title>{escape(ftitle)}</title><id>tag:{host},2026:feed</id>'
                 f'<link rel="self" href="https://{host}/atom.xml"/><link rel="alternate" href="https://{host}/"/>'
                 f'<updated>{now.isoformat()}</updated><author><name>{escape(ftitle)}</name></author>')
        for e in es:
            lang = f' xml:lang="{e["lang"]}"' if mode == 'xmllang' else ''
            L.append(f'<entry{lang}>')
            L.append(f'  <title>{escape(e["title"])}</title><id>{e["id"]}</id><link rel="alternate" href="{e["link"]}"/>')
            L.append(f'  <published>{e["dt"].isoformat()}</published><updated>{e["dt"].isoformat()}</updated>')
            if e['summary']:
                t = 'html' if '<' in e['summary'] else 'text'
                L.append(f'  <summary type="{t}">{escape(e["summary"])}</summary>')
            L.append('</entry>')
        L.append('</feed>')
    else:
        L.append('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">')
        L.append(f'<channel rdf:about="https://{host}/rss"><title>{escape(ftitle)}</title><link>https://{host}/</link>'
                 f'<description>{escape(ftitle)}</description><dc:language>{clang}</dc:language><items><rdf:Seq>')
        for e in es:
            L.append(f'  <rdf:li rdf:resource="{e["id"]}"/>')
        L.append('</rdf:Seq></items></channel>')
        for e in es:
            L.append(f'<item rdf:about="{e["id"]}"><title>{escape(e["title"])}</title><link>{e["link"]}</link>'
                     f'<dc:date>{e["dt"].isoformat()}</dc:date>')
            if e['summary']:
                L.append(f'  <description>{escape(e["summary"])}</description>')
            L.append('</item>')
        L.append('</rdf:RDF>')
    data = '\n'.join(L) + '\n'
    with open(p, 'wb') as fh:
        fh.write(data.encode(enc.replace('windows-', 'cp'), errors='xmlcharrefreplace'))

if __name__ == '__main__':
    main()
